import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://openai.com/policies/';

/** OpenAI Codex (OpenAI): coding assistant. */
export const openaiCodex = {
  id: 'openai-codex',
  name: 'OpenAI Codex',
  vendor: 'OpenAI',
  category: 'coding_assistant',
  hosts: [],
  apiHosts: [],
  webPaths: ['chatgpt.com/codex'],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://openai.com/policies/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
