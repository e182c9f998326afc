import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.respeecher.com/';

/** Respeecher (Respeecher): voice and audio. */
export const respeecher = {
  id: 'respeecher',
  name: 'Respeecher',
  vendor: 'Respeecher',
  category: 'voice',
  hosts: ['respeecher.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://www.respeecher.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
