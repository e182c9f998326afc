import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://zencoder.ai/';

/** Zencoder (Zencoder): coding assistant. */
export const zencoder = {
  id: 'zencoder',
  name: 'Zencoder',
  vendor: 'Zencoder',
  category: 'coding_assistant',
  hosts: ['zencoder.ai'],
  apiHosts: [],
  sources: ['https://zencoder.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
