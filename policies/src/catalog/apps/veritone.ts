import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.veritone.com/';

/** Veritone (Veritone): voice and audio. */
export const veritone = {
  id: 'veritone',
  name: 'Veritone',
  vendor: 'Veritone',
  category: 'voice',
  hosts: ['veritone.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://www.veritone.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
