import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://gamma.app/privacy';

/** Gamma (Gamma Tech): productivity. */
export const gamma = {
  id: 'gamma',
  name: 'Gamma',
  vendor: 'Gamma Tech',
  category: 'productivity',
  hosts: ['gamma.app'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://gamma.app/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
