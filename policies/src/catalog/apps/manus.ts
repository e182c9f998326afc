import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://manus.im/privacy';

/** Manus (Manus AI): agent / automation. */
export const manus = {
  id: 'manus',
  name: 'Manus',
  vendor: 'Manus AI',
  category: 'agent',
  hosts: ['manus.im'],
  apiHosts: [],
  relatedHosts: ['manuscdn.com'],
  sources: ['v2fly/domain-list-community data/manus', 'https://manus.im/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
