import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://nomi.ai/';

/** Nomi (Glimpse.ai): chat assistant. */
export const nomi = {
  id: 'nomi',
  name: 'Nomi',
  vendor: 'Glimpse.ai',
  category: 'chat_assistant',
  hosts: ['nomi.ai'],
  apiHosts: [],
  sources: ['https://nomi.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
