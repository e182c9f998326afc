import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://fellou.ai/';

/** Fellou (Fellou): agent / automation. */
export const fellou = {
  id: 'fellou',
  name: 'Fellou',
  vendor: 'Fellou',
  category: 'agent',
  hosts: ['fellou.ai'],
  apiHosts: [],
  sources: ['https://fellou.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
