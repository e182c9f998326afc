import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://riffo.ai/';

/** Riffo (Riffo): productivity. */
export const riffo = {
  id: 'riffo',
  name: 'Riffo',
  vendor: 'Riffo',
  category: 'productivity',
  hosts: ['riffo.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://riffo.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
