import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://featherless.ai/';

/** Featherless AI (Featherless AI): inference platform. */
export const featherless = {
  id: 'featherless',
  name: 'Featherless AI',
  vendor: 'Featherless AI',
  category: 'inference_platform',
  hosts: ['featherless.ai'],
  apiHosts: ['api.featherless.ai'],
  sources: ['https://featherless.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
