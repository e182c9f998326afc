import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://dearai.online/';

/** Dear AI (Dear AI): agent / automation. */
export const dearai = {
  id: 'dearai',
  name: 'Dear AI',
  vendor: 'Dear AI',
  category: 'agent',
  hosts: ['dearai.online'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://dearai.online/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
