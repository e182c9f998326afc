import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://xiezuocat.com/';

/** Xiezuocat (writing cat) (Metaso): writing. */
export const xiezuocat = {
  id: 'xiezuocat',
  name: 'Xiezuocat (writing cat)',
  vendor: 'Metaso',
  category: 'writing',
  hosts: ['xiezuocat.com'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-cn', 'https://xiezuocat.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
