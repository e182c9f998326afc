import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://transgate.ai/';

/** Transgate (Transgate): productivity. */
export const transgate = {
  id: 'transgate',
  name: 'Transgate',
  vendor: 'Transgate',
  category: 'productivity',
  hosts: ['transgate.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://transgate.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
