import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://mintlify.com/privacy';

/** Mintlify (Mintlify): coding assistant. */
export const mintlify = {
  id: 'mintlify',
  name: 'Mintlify',
  vendor: 'Mintlify',
  category: 'coding_assistant',
  hosts: [],
  apiHosts: [],
  relatedHosts: ['mintlify.com'],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://mintlify.com/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
