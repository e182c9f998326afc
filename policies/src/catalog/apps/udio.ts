import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.udio.com/privacy-policy';

/** Udio (Uncharted Labs): voice and audio. */
export const udio = {
  id: 'udio',
  name: 'Udio',
  vendor: 'Uncharted Labs',
  category: 'voice',
  hosts: ['udio.com'],
  apiHosts: [],
  sources: ['awesome-generative-ai links', 'https://www.udio.com/privacy-policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
