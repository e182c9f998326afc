import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://botpress.com/legal/privacy-statement';

/** Botpress (Botpress): agent / automation. */
export const botpress = {
  id: 'botpress',
  name: 'Botpress',
  vendor: 'Botpress',
  category: 'agent',
  hosts: ['botpress.com'],
  apiHosts: [],
  sources: ['https://botpress.com/legal/privacy-statement'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
