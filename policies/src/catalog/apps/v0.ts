import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://vercel.com/legal/privacy-policy';

/** v0 (Vercel): coding assistant. */
export const v0 = {
  id: 'v0',
  name: 'v0',
  vendor: 'Vercel',
  category: 'coding_assistant',
  hosts: ['v0.dev', 'v0.app'],
  apiHosts: [],
  sources: ['awesome-generative-ai links', 'https://vercel.com/legal/privacy-policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
