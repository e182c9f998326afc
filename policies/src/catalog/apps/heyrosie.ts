import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://heyrosie.com/';

/** Rosie (Rosie): agent / automation. */
export const heyrosie = {
  id: 'heyrosie',
  name: 'Rosie',
  vendor: 'Rosie',
  category: 'agent',
  hosts: ['heyrosie.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://heyrosie.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
