import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.getmerlin.in/privacy-policy';

/** Merlin (Foyer): chat assistant. */
export const merlin = {
  id: 'merlin',
  name: 'Merlin',
  vendor: 'Foyer',
  category: 'chat_assistant',
  hosts: ['getmerlin.in', 'merlin.foyer.work'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://www.getmerlin.in/privacy-policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
