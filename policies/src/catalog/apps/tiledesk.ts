import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://tiledesk.com/';

/** Tiledesk (Tiledesk): agent / automation. */
export const tiledesk = {
  id: 'tiledesk',
  name: 'Tiledesk',
  vendor: 'Tiledesk',
  category: 'agent',
  hosts: ['tiledesk.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://tiledesk.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
