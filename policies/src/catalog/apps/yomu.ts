import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://yomu.ai/';

/** Yomu (Yomu): writing. */
export const yomu = {
  id: 'yomu',
  name: 'Yomu',
  vendor: 'Yomu',
  category: 'writing',
  hosts: ['yomu.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://yomu.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
