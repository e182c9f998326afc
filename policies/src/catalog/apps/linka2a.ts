import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://linka2a.net/';

/** LinkNet (agent network) (LinkNet): agent / automation. */
export const linka2a = {
  id: 'linka2a',
  name: 'LinkNet (agent network)',
  vendor: 'LinkNet',
  category: 'agent',
  hosts: ['linka2a.net'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-cn', 'https://linka2a.net/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
