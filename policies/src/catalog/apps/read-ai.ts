import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.read.ai/privacy-policy';

/** Read AI (Read AI): meeting note-taker. */
export const readAi = {
  id: 'read-ai',
  name: 'Read AI',
  vendor: 'Read AI',
  category: 'meeting_notes',
  hosts: ['read.ai'],
  apiHosts: [],
  sources: ['awesome-generative-ai links', 'https://www.read.ai/privacy-policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
