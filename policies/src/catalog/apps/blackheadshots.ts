import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://blackheadshots.com/';

/** Black Headshots (Black Headshots): image. */
export const blackheadshots = {
  id: 'blackheadshots',
  name: 'Black Headshots',
  vendor: 'Black Headshots',
  category: 'image',
  hosts: ['blackheadshots.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://blackheadshots.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
