import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://langfuse.com/privacy';

/** Langfuse (Langfuse): AI-related site. */
export const langfuse = {
  id: 'langfuse',
  name: 'Langfuse',
  vendor: 'Langfuse',
  category: 'other',
  hosts: ['langfuse.com'],
  apiHosts: ['cloud.langfuse.com'],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://langfuse.com/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
