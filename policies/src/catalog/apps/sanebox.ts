import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.sanebox.com/';

/** SaneBox (SaneBox): productivity. */
export const sanebox = {
  id: 'sanebox',
  name: 'SaneBox',
  vendor: 'SaneBox',
  category: 'productivity',
  hosts: ['sanebox.com'],
  apiHosts: [],
  sources: ['https://www.sanebox.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
