import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://higgsfield.ai/';

/** Higgsfield (Higgsfield AI): video. */
export const higgsfield = {
  id: 'higgsfield',
  name: 'Higgsfield',
  vendor: 'Higgsfield AI',
  category: 'video',
  hosts: ['higgsfield.ai'],
  apiHosts: [],
  sources: ['https://higgsfield.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
