import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://ainterview.space/';

/** AInterview.space (AInterview.space): voice and audio. */
export const ainterview = {
  id: 'ainterview',
  name: 'AInterview.space',
  vendor: 'AInterview.space',
  category: 'voice',
  hosts: ['ainterview.space'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://ainterview.space/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
