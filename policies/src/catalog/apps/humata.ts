import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.humata.ai/';

/** Humata (Humata): chat assistant. */
export const humata = {
  id: 'humata',
  name: 'Humata',
  vendor: 'Humata',
  category: 'chat_assistant',
  hosts: ['humata.ai'],
  apiHosts: [],
  sources: ['https://www.humata.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
