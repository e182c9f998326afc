import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.olakrutrim.com/';

/** Krutrim (Ola Krutrim): chat assistant. */
export const krutrim = {
  id: 'krutrim',
  name: 'Krutrim',
  vendor: 'Ola Krutrim',
  category: 'chat_assistant',
  hosts: ['olakrutrim.com'],
  apiHosts: [],
  sources: ['https://www.olakrutrim.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
