import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://spicywriter.com/';

/** SpicyWriter (SpicyWriter): writing. */
export const spicywriter = {
  id: 'spicywriter',
  name: 'SpicyWriter',
  vendor: 'SpicyWriter',
  category: 'writing',
  hosts: ['spicywriter.com'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'https://spicywriter.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
