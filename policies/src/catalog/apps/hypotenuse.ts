import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.hypotenuse.ai/';

/** Hypotenuse AI (Hypotenuse AI): writing. */
export const hypotenuse = {
  id: 'hypotenuse',
  name: 'Hypotenuse AI',
  vendor: 'Hypotenuse AI',
  category: 'writing',
  hosts: ['hypotenuse.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://www.hypotenuse.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
