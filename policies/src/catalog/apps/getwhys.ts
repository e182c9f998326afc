import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://getwhys.io/';

/** Compass (Compass): AI-related site. */
export const getwhys = {
  id: 'getwhys',
  name: 'Compass',
  vendor: 'Compass',
  category: 'other',
  hosts: ['getwhys.io'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://getwhys.io/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
