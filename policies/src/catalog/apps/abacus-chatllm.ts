import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://abacus.ai/';

/** Abacus.AI ChatLLM (Abacus.AI): chat assistant. */
export const abacusChatllm = {
  id: 'abacus-chatllm',
  name: 'Abacus.AI ChatLLM',
  vendor: 'Abacus.AI',
  category: 'chat_assistant',
  hosts: ['abacus.ai'],
  apiHosts: [],
  sources: ['https://abacus.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
