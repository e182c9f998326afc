import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.hume.ai/privacy-policy';

/** Hume AI (Hume AI): voice and audio. */
export const hume = {
  id: 'hume',
  name: 'Hume AI',
  vendor: 'Hume AI',
  category: 'voice',
  hosts: ['hume.ai'],
  apiHosts: ['api.hume.ai'],
  sources: ['https://www.hume.ai/privacy-policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
