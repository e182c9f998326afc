import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.warp.dev/privacy';

/** Warp (Warp): coding assistant. */
export const warp = {
  id: 'warp',
  name: 'Warp',
  vendor: 'Warp',
  category: 'coding_assistant',
  hosts: ['warp.dev'],
  apiHosts: [],
  sources: ['https://www.warp.dev/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
