import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://luthor.ai/';

/** Luthor (Luthor): AI-related site. */
export const luthor = {
  id: 'luthor',
  name: 'Luthor',
  vendor: 'Luthor',
  category: 'other',
  hosts: ['luthor.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://luthor.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
