import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://deepai.org/privacy';

/** DeepAI (DeepAI): image. */
export const deepai = {
  id: 'deepai',
  name: 'DeepAI',
  vendor: 'DeepAI',
  category: 'image',
  hosts: ['deepai.org'],
  apiHosts: ['api.deepai.org'],
  sources: ['https://deepai.org/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
