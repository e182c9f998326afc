import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://lmarena.ai/';

/** LMArena (LMArena): chat assistant. */
export const lmarena = {
  id: 'lmarena',
  name: 'LMArena',
  vendor: 'LMArena',
  category: 'chat_assistant',
  hosts: ['arena.ai', 'lmarena.ai'],
  apiHosts: [],
  relatedHosts: ['lmsys.org'],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'awesome-ai-tools links', 'awesome-generative-ai links', 'https://lmarena.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
