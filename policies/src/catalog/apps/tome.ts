import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://tome.app/';

/** Tome (Magical Tome): productivity. */
export const tome = {
  id: 'tome',
  name: 'Tome',
  vendor: 'Magical Tome',
  category: 'productivity',
  hosts: ['tome.app'],
  apiHosts: [],
  sources: ['https://tome.app/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
