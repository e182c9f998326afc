import type { AiApp } from '../types';
import { fact, unreviewedRisk } from '../risk';

// Facts below cite the vendor page that states them; the rest stay 'unknown' until reviewed.
const policy = 'https://character.ai/privacy';

/** Character.AI (Character Technologies): chat assistant. */
export const characterAi = {
  id: 'character-ai',
  name: 'Character.AI',
  vendor: 'Character Technologies',
  category: 'chat_assistant',
  hosts: ['character.ai', 'c.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://character.ai/privacy'],
  risk: {
    ...unreviewedRisk(policy, '2026-11'),
    trainsOnInputsByDefault: fact(true, 'https://character.ai/privacy', '2025-06'),
    enterpriseTier: fact(false, 'https://character.ai/privacy', '2025-06'),
  },
} as const satisfies AiApp;
