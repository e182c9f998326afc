import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://arize.com/privacy-policy/';

/** Arize Phoenix (Arize AI): AI-related site. */
export const arizePhoenix = {
  id: 'arize-phoenix',
  name: 'Arize Phoenix',
  vendor: 'Arize AI',
  category: 'other',
  hosts: ['phoenix.arize.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://arize.com/privacy-policy/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
