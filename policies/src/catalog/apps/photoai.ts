import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://photoai.com/';

/** Photo AI (Photo AI): image. */
export const photoai = {
  id: 'photoai',
  name: 'Photo AI',
  vendor: 'Photo AI',
  category: 'image',
  hosts: ['photoai.com'],
  apiHosts: [],
  sources: ['awesome-generative-ai links', 'https://photoai.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
