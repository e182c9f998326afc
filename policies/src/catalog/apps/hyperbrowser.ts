import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.hyperbrowser.ai/';

/** Hyperbrowser (Hyperbrowser): agent / automation. */
export const hyperbrowser = {
  id: 'hyperbrowser',
  name: 'Hyperbrowser',
  vendor: 'Hyperbrowser',
  category: 'agent',
  hosts: ['hyperbrowser.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://www.hyperbrowser.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
