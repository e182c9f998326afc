import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://reclaim.ai/privacy';

/** Reclaim.ai (Dropbox (Reclaim)): productivity. */
export const reclaim = {
  id: 'reclaim',
  name: 'Reclaim.ai',
  vendor: 'Dropbox (Reclaim)',
  category: 'productivity',
  hosts: ['reclaim.ai'],
  apiHosts: [],
  sources: ['https://reclaim.ai/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
