import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://anythingllm.com/';

/** AnythingLLM (Mintplex Labs): chat assistant. */
export const anythingllm = {
  id: 'anythingllm',
  name: 'AnythingLLM',
  vendor: 'Mintplex Labs',
  category: 'chat_assistant',
  hosts: ['anythingllm.com'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'https://anythingllm.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
