import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://bito.ai/privacy-policy/';

/** Bito (Bito): coding assistant. */
export const bito = {
  id: 'bito',
  name: 'Bito',
  vendor: 'Bito',
  category: 'coding_assistant',
  hosts: ['bito.ai'],
  apiHosts: [],
  sources: ['https://bito.ai/privacy-policy/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
