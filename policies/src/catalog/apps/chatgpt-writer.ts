import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://chatgptwriter.ai/';

/** ChatGPT Writer (ChatGPT Writer): writing. */
export const chatgptWriter = {
  id: 'chatgpt-writer',
  name: 'ChatGPT Writer',
  vendor: 'ChatGPT Writer',
  category: 'writing',
  hosts: ['chatgptwriter.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://chatgptwriter.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
