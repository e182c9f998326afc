import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.requesty.ai/';

/** Requesty (Requesty): inference platform. */
export const requesty = {
  id: 'requesty',
  name: 'Requesty',
  vendor: 'Requesty',
  category: 'inference_platform',
  hosts: ['requesty.ai'],
  apiHosts: ['router.requesty.ai'],
  sources: ['https://www.requesty.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
