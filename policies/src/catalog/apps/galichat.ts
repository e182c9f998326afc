import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.galichat.com/';

/** Gali Chat (Gali Chat): chat assistant. */
export const galichat = {
  id: 'galichat',
  name: 'Gali Chat',
  vendor: 'Gali Chat',
  category: 'chat_assistant',
  hosts: ['galichat.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://www.galichat.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
