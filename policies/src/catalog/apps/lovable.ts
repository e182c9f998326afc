import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://lovable.dev/privacy';

/** Lovable (Lovable): coding assistant. */
export const lovable = {
  id: 'lovable',
  name: 'Lovable',
  vendor: 'Lovable',
  category: 'coding_assistant',
  hosts: ['lovable.dev'],
  apiHosts: [],
  sources: ['awesome-generative-ai links', 'https://lovable.dev/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
