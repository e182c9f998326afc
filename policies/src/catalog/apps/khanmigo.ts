import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.khanmigo.ai/';

/** Khanmigo (Khan Academy): chat assistant. */
export const khanmigo = {
  id: 'khanmigo',
  name: 'Khanmigo',
  vendor: 'Khan Academy',
  category: 'chat_assistant',
  hosts: ['khanmigo.ai'],
  apiHosts: [],
  sources: ['https://www.khanmigo.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
