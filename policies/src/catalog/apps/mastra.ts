import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://mastra.ai/';

/** Mastra (Mastra): agent / automation. */
export const mastra = {
  id: 'mastra',
  name: 'Mastra',
  vendor: 'Mastra',
  category: 'agent',
  hosts: ['mastra.ai'],
  apiHosts: [],
  sources: ['awesome-generative-ai links', 'https://mastra.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
