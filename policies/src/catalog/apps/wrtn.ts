import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://wrtn.ai/';

/** Wrtn (Wrtn Technologies): chat assistant. */
export const wrtn = {
  id: 'wrtn',
  name: 'Wrtn',
  vendor: 'Wrtn Technologies',
  category: 'chat_assistant',
  hosts: ['wrtn.ai'],
  apiHosts: [],
  sources: ['https://wrtn.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
