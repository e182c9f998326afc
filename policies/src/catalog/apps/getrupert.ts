import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://getrupert.com/';

/** Rupert AI (Rupert AI): writing. */
export const getrupert = {
  id: 'getrupert',
  name: 'Rupert AI',
  vendor: 'Rupert AI',
  category: 'writing',
  hosts: ['getrupert.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://getrupert.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
