import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://getimg.ai/';

/** getimg.ai (getimg.ai): image. */
export const getimg = {
  id: 'getimg',
  name: 'getimg.ai',
  vendor: 'getimg.ai',
  category: 'image',
  hosts: ['getimg.ai'],
  apiHosts: ['api.getimg.ai'],
  sources: ['https://getimg.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
