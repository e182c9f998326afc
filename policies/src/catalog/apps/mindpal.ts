import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://mindpal.space/';

/** MindPal (MindPal): productivity. */
export const mindpal = {
  id: 'mindpal',
  name: 'MindPal',
  vendor: 'MindPal',
  category: 'productivity',
  hosts: ['mindpal.space'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://mindpal.space/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
