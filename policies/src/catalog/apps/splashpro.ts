import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://splashpro.com/';

/** Splash Pro (Splash Pro): voice and audio. */
export const splashpro = {
  id: 'splashpro',
  name: 'Splash Pro',
  vendor: 'Splash Pro',
  category: 'voice',
  hosts: ['splashpro.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://splashpro.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
