import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.nomic.ai/';

/** Nomic AI (Nomic AI): model API. */
export const nomic = {
  id: 'nomic',
  name: 'Nomic AI',
  vendor: 'Nomic AI',
  category: 'model_api',
  hosts: ['nomic.ai'],
  apiHosts: ['api-atlas.nomic.ai'],
  sources: ['https://www.nomic.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
