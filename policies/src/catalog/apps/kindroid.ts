import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://kindroid.ai/';

/** Kindroid (Kindroid): chat assistant. */
export const kindroid = {
  id: 'kindroid',
  name: 'Kindroid',
  vendor: 'Kindroid',
  category: 'chat_assistant',
  hosts: ['kindroid.ai'],
  apiHosts: [],
  sources: ['https://kindroid.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
