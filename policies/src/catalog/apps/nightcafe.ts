import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://nightcafe.studio/';

/** NightCafe (NightCafe Studio): image. */
export const nightcafe = {
  id: 'nightcafe',
  name: 'NightCafe',
  vendor: 'NightCafe Studio',
  category: 'image',
  hosts: ['nightcafe.studio'],
  apiHosts: [],
  sources: ['https://nightcafe.studio/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
