import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://contenda.co/';

/** Contenda (Contenda): writing. */
export const contenda = {
  id: 'contenda',
  name: 'Contenda',
  vendor: 'Contenda',
  category: 'writing',
  hosts: ['contenda.co'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://contenda.co/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
