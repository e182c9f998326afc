import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.marblism.com/';

/** Marblism (Marblism): agent / automation. */
export const marblism = {
  id: 'marblism',
  name: 'Marblism',
  vendor: 'Marblism',
  category: 'agent',
  hosts: ['marblism.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://www.marblism.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
