import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://huggingface.co/privacy';

/** HuggingChat (Hugging Face): chat assistant. */
export const huggingchat = {
  id: 'huggingchat',
  name: 'HuggingChat',
  vendor: 'Hugging Face',
  category: 'chat_assistant',
  hosts: [],
  apiHosts: [],
  webPaths: ['huggingface.co/chat'],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://huggingface.co/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
