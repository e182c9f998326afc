import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://browser-use.com/';

/** Browser Use (Browser Use): agent / automation. */
export const browserUse = {
  id: 'browser-use',
  name: 'Browser Use',
  vendor: 'Browser Use',
  category: 'agent',
  hosts: ['browser-use.com'],
  apiHosts: [],
  sources: ['https://browser-use.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
