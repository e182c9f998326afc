import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.ai21.com/privacy-policy/';

/** AI21 Studio (AI21 Labs): model API. */
export const ai21 = {
  id: 'ai21',
  name: 'AI21 Studio',
  vendor: 'AI21 Labs',
  category: 'model_api',
  hosts: ['ai21.com'],
  apiHosts: ['api.ai21.com'],
  sources: ['https://www.ai21.com/privacy-policy/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
