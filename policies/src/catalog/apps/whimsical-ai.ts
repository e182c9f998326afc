import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://whimsical.com/privacy';

/** Whimsical AI (Whimsical): AI feature inside SaaS. */
export const whimsicalAi = {
  id: 'whimsical-ai',
  name: 'Whimsical AI',
  vendor: 'Whimsical',
  category: 'embedded_saas',
  hosts: [],
  apiHosts: [],
  webPaths: ['whimsical.com/ai'],
  sources: ['awesome-generative-ai links', 'https://whimsical.com/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
