import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.ai2sql.io/';

/** AI2SQL (AI2SQL): coding assistant. */
export const ai2sql = {
  id: 'ai2sql',
  name: 'AI2SQL',
  vendor: 'AI2SQL',
  category: 'coding_assistant',
  hosts: ['ai2sql.io'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://www.ai2sql.io/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
