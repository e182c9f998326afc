import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://msty.ai/';

/** Msty (Msty): chat assistant. */
export const msty = {
  id: 'msty',
  name: 'Msty',
  vendor: 'Msty',
  category: 'chat_assistant',
  hosts: ['msty.ai', 'msty.app'],
  apiHosts: [],
  sources: ['awesome-generative-ai links', 'https://msty.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
