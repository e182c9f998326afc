import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://smodin.io/';

/** Smodin (Smodin): writing. */
export const smodin = {
  id: 'smodin',
  name: 'Smodin',
  vendor: 'Smodin',
  category: 'writing',
  hosts: ['smodin.io'],
  apiHosts: [],
  sources: ['https://smodin.io/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
