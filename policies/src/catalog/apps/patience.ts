import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://patience.ai/';

/** Patience.ai (Patience.ai): image. */
export const patience = {
  id: 'patience',
  name: 'Patience.ai',
  vendor: 'Patience.ai',
  category: 'image',
  hosts: ['patience.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://patience.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
