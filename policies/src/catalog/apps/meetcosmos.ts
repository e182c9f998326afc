import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://meetcosmos.com/';

/** Cosmos (Cosmos): productivity. */
export const meetcosmos = {
  id: 'meetcosmos',
  name: 'Cosmos',
  vendor: 'Cosmos',
  category: 'productivity',
  hosts: ['meetcosmos.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://meetcosmos.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
