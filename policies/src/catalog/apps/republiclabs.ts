import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://republiclabs.ai/';

/** RepublicLabs.AI (RepublicLabs.AI): image. */
export const republiclabs = {
  id: 'republiclabs',
  name: 'RepublicLabs.AI',
  vendor: 'RepublicLabs.AI',
  category: 'image',
  hosts: ['republiclabs.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://republiclabs.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
