import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://summara.io/';

/** Summara (Summara): productivity. */
export const summara = {
  id: 'summara',
  name: 'Summara',
  vendor: 'Summara',
  category: 'productivity',
  hosts: ['summara.io'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://summara.io/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
