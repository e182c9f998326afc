import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://zenmic.com/';

/** Zenmic.com (Zenmic.com): voice and audio. */
export const zenmic = {
  id: 'zenmic',
  name: 'Zenmic.com',
  vendor: 'Zenmic.com',
  category: 'voice',
  hosts: ['zenmic.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://zenmic.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
