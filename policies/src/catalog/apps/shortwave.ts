import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.shortwave.com/privacy/';

/** Shortwave (Shortwave): productivity. */
export const shortwave = {
  id: 'shortwave',
  name: 'Shortwave',
  vendor: 'Shortwave',
  category: 'productivity',
  hosts: ['shortwave.com'],
  apiHosts: [],
  sources: ['https://www.shortwave.com/privacy/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
