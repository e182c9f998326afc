import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://inworld.ai/privacy';

/** Inworld AI (Inworld AI): voice and audio. */
export const inworld = {
  id: 'inworld',
  name: 'Inworld AI',
  vendor: 'Inworld AI',
  category: 'voice',
  hosts: ['inworld.ai'],
  apiHosts: ['api.inworld.ai'],
  sources: ['https://inworld.ai/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
