import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.descript.com/privacy';

/** Descript (Descript): video. */
export const descript = {
  id: 'descript',
  name: 'Descript',
  vendor: 'Descript',
  category: 'video',
  hosts: ['descript.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://www.descript.com/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
