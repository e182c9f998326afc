import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://inlinehelp.com/';

/** Inline Help (Inline Help): agent / automation. */
export const inlinehelp = {
  id: 'inlinehelp',
  name: 'Inline Help',
  vendor: 'Inline Help',
  category: 'agent',
  hosts: ['inlinehelp.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://inlinehelp.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
