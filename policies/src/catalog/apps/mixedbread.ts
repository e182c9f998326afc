import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.mixedbread.com/';

/** Mixedbread (Mixedbread): model API. */
export const mixedbread = {
  id: 'mixedbread',
  name: 'Mixedbread',
  vendor: 'Mixedbread',
  category: 'model_api',
  hosts: ['mixedbread.com', 'mixedbread.ai'],
  apiHosts: ['api.mixedbread.com', 'api.mixedbread.ai'],
  sources: ['https://www.mixedbread.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
