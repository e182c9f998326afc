import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://postwise.ai/';

/** Postwise (Postwise): writing. */
export const postwise = {
  id: 'postwise',
  name: 'Postwise',
  vendor: 'Postwise',
  category: 'writing',
  hosts: ['postwise.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://postwise.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
