import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://clipwing.pro/';

/** Clipwing (Clipwing): video. */
export const clipwing = {
  id: 'clipwing',
  name: 'Clipwing',
  vendor: 'Clipwing',
  category: 'video',
  hosts: ['clipwing.pro'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://clipwing.pro/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
