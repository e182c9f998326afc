import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://affogato.ai/';

/** Affogato (Affogato): video. */
export const affogato = {
  id: 'affogato',
  name: 'Affogato',
  vendor: 'Affogato',
  category: 'video',
  hosts: ['affogato.ai'],
  apiHosts: [],
  sources: ['awesome-generative-ai links', 'https://affogato.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
