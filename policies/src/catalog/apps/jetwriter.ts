import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://jetwriter.ai/';

/** JetWriter (JetWriter): writing. */
export const jetwriter = {
  id: 'jetwriter',
  name: 'JetWriter',
  vendor: 'JetWriter',
  category: 'writing',
  hosts: ['jetwriter.ai'],
  apiHosts: [],
  sources: ['awesome-generative-ai links', 'https://jetwriter.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
