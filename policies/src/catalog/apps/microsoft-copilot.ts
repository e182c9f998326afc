import type { AiApp } from '../types';
import { fact, unreviewedRisk } from '../risk';

// Facts below cite the vendor page that states them; the rest stay 'unknown' until reviewed.
const policy = 'https://privacy.microsoft.com/privacystatement';

/** Microsoft Copilot (Microsoft): chat assistant. */
export const microsoftCopilot = {
  id: 'microsoft-copilot',
  name: 'Microsoft Copilot',
  vendor: 'Microsoft',
  category: 'chat_assistant',
  hosts: ['copilot.microsoft.com', 'copilot.com', 'copilot-stg.com'],
  apiHosts: ['sydney.bing.com', 'edgeservices.bing.com'],
  webPaths: ['www.bing.com/chat', 'bing.com/chat', 'www.bing.com/copilotsearch'],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'awesome-ai-tools links', 'awesome-generative-ai links', 'https://privacy.microsoft.com/privacystatement'],
  risk: {
    ...unreviewedRisk(policy, '2026-11'),
    trainsOnInputsByDefault: fact(true, 'https://privacy.microsoft.com/privacystatement', '2025-01'),
  },
} as const satisfies AiApp;
