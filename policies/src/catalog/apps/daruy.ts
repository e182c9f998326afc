import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://daruy.space/';

/** Daruy (Daruy): AI-related site. */
export const daruy = {
  id: 'daruy',
  name: 'Daruy',
  vendor: 'Daruy',
  category: 'other',
  hosts: ['daruy.space'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://daruy.space/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
