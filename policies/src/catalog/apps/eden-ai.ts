import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.edenai.co/';

/** Eden AI (Eden AI): inference platform. */
export const edenAi = {
  id: 'eden-ai',
  name: 'Eden AI',
  vendor: 'Eden AI',
  category: 'inference_platform',
  hosts: ['edenai.co'],
  apiHosts: ['api.edenai.run'],
  sources: ['https://www.edenai.co/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
