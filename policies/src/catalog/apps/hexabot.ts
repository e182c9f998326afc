import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://hexabot.ai/';

/** Hexabot (Hexabot): coding assistant. */
export const hexabot = {
  id: 'hexabot',
  name: 'Hexabot',
  vendor: 'Hexabot',
  category: 'coding_assistant',
  hosts: ['hexabot.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://hexabot.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
