import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.multion.ai/';

/** MultiOn (MultiOn): agent / automation. */
export const multion = {
  id: 'multion',
  name: 'MultiOn',
  vendor: 'MultiOn',
  category: 'agent',
  hosts: ['multion.ai'],
  apiHosts: [],
  sources: ['https://www.multion.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
