import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.reka.ai/';

/** Reka (Reka AI): chat assistant. */
export const reka = {
  id: 'reka',
  name: 'Reka',
  vendor: 'Reka AI',
  category: 'chat_assistant',
  hosts: ['reka.ai'],
  apiHosts: ['api.reka.ai'],
  sources: ['https://www.reka.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
