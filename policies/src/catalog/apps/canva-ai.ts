import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.canva.com/policies/privacy-policy/';

/** Canva AI (Magic Studio) (Canva): AI feature inside SaaS. */
export const canvaAi = {
  id: 'canva-ai',
  name: 'Canva AI (Magic Studio)',
  vendor: 'Canva',
  category: 'embedded_saas',
  hosts: [],
  apiHosts: [],
  webPaths: ['www.canva.com/ai', 'canva.com/ai', 'www.canva.com/magic'],
  sources: ['awesome-ai-tools links', 'https://www.canva.com/policies/privacy-policy/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
