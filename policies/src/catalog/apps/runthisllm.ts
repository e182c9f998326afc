import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://runthisllm.com/';

/** RunThisLLM (RunThisLLM): AI-related site. */
export const runthisllm = {
  id: 'runthisllm',
  name: 'RunThisLLM',
  vendor: 'RunThisLLM',
  category: 'other',
  hosts: ['runthisllm.com'],
  apiHosts: [],
  sources: ['awesome-generative-ai links', 'https://runthisllm.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
