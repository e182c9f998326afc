import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.voyageai.com/privacy';

/** Voyage AI (Voyage AI (MongoDB)): model API. */
export const voyageAi = {
  id: 'voyage-ai',
  name: 'Voyage AI',
  vendor: 'Voyage AI (MongoDB)',
  category: 'model_api',
  hosts: ['voyageai.com'],
  apiHosts: ['api.voyageai.com'],
  sources: ['https://www.voyageai.com/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
