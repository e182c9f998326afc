import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.vidu.com/';

/** Vidu (ShengShu Technology): video. */
export const vidu = {
  id: 'vidu',
  name: 'Vidu',
  vendor: 'ShengShu Technology',
  category: 'video',
  hosts: ['vidu.com'],
  apiHosts: [],
  sources: ['https://www.vidu.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
