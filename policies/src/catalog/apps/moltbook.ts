import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.moltbook.com/';

/** Moltbook (Moltbook): agent / automation. */
export const moltbook = {
  id: 'moltbook',
  name: 'Moltbook',
  vendor: 'Moltbook',
  category: 'agent',
  hosts: ['moltbook.com'],
  apiHosts: [],
  sources: ['awesome-generative-ai links', 'https://www.moltbook.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
