import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.sarvam.ai/';

/** Sarvam AI (Sarvam AI): model API. */
export const sarvam = {
  id: 'sarvam',
  name: 'Sarvam AI',
  vendor: 'Sarvam AI',
  category: 'model_api',
  hosts: ['sarvam.ai'],
  apiHosts: ['api.sarvam.ai'],
  sources: ['https://www.sarvam.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
