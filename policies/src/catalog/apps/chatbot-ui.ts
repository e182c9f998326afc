import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.chatbotui.com/';

/** Chatbot UI (Chatbot UI): chat assistant. */
export const chatbotUi = {
  id: 'chatbot-ui',
  name: 'Chatbot UI',
  vendor: 'Chatbot UI',
  category: 'chat_assistant',
  hosts: ['chatbotui.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://www.chatbotui.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
