import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://synthflow.ai/';

/** Synthflow (Synthflow AI): agent / automation. */
export const synthflow = {
  id: 'synthflow',
  name: 'Synthflow',
  vendor: 'Synthflow AI',
  category: 'agent',
  hosts: ['synthflow.ai'],
  apiHosts: [],
  sources: ['https://synthflow.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
