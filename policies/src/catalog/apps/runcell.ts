import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://runcell.dev/';

/** Runcell (Runcell): coding assistant. */
export const runcell = {
  id: 'runcell',
  name: 'Runcell',
  vendor: 'Runcell',
  category: 'coding_assistant',
  hosts: ['runcell.dev'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://runcell.dev/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
