import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://melies.co/';

/** Melies (Melies): AI-related site. */
export const melies = {
  id: 'melies',
  name: 'Melies',
  vendor: 'Melies',
  category: 'other',
  hosts: ['melies.co'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://melies.co/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
