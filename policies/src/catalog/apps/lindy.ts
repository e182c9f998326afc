import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.lindy.ai/';

/** Lindy (Lindy AI): agent / automation. */
export const lindy = {
  id: 'lindy',
  name: 'Lindy',
  vendor: 'Lindy AI',
  category: 'agent',
  hosts: ['lindy.ai'],
  apiHosts: [],
  sources: ['https://www.lindy.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
