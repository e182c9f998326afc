import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://vocalreplica.com/';

/** VocalReplica (VocalReplica): AI-related site. */
export const vocalreplica = {
  id: 'vocalreplica',
  name: 'VocalReplica',
  vendor: 'VocalReplica',
  category: 'other',
  hosts: ['vocalreplica.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://vocalreplica.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
