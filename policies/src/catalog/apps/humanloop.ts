import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://humanloop.com/';

/** Humanloop (Humanloop): agent / automation. */
export const humanloop = {
  id: 'humanloop',
  name: 'Humanloop',
  vendor: 'Humanloop',
  category: 'agent',
  hosts: ['humanloop.com'],
  apiHosts: [],
  sources: ['https://humanloop.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
