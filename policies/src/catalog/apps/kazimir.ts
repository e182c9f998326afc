import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://kazimir.ai/';

/** Kazimir (Kazimir): AI search. */
export const kazimir = {
  id: 'kazimir',
  name: 'Kazimir',
  vendor: 'Kazimir',
  category: 'search',
  hosts: ['kazimir.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://kazimir.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
