import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://podcastle.ai/';

/** Podcastle (Podcastle): voice and audio. */
export const podcastle = {
  id: 'podcastle',
  name: 'Podcastle',
  vendor: 'Podcastle',
  category: 'voice',
  hosts: ['podcastle.ai'],
  apiHosts: [],
  sources: ['https://podcastle.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
