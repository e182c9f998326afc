import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://elephas.app/';

/** Elephas (Elephas): productivity. */
export const elephas = {
  id: 'elephas',
  name: 'Elephas',
  vendor: 'Elephas',
  category: 'productivity',
  hosts: ['elephas.app'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://elephas.app/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
