import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.lovart.ai/';

/** Lovart (Lovart): image. */
export const lovart = {
  id: 'lovart',
  name: 'Lovart',
  vendor: 'Lovart',
  category: 'image',
  hosts: ['lovart.ai'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'https://www.lovart.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
