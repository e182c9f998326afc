import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.chatpdf.com/privacy';

/** ChatPDF (ChatPDF): chat assistant. */
export const chatpdf = {
  id: 'chatpdf',
  name: 'ChatPDF',
  vendor: 'ChatPDF',
  category: 'chat_assistant',
  hosts: ['chatpdf.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://www.chatpdf.com/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
