import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://mynexusai.com/';

/** Nexus AI (Nexus AI): writing. */
export const mynexusai = {
  id: 'mynexusai',
  name: 'Nexus AI',
  vendor: 'Nexus AI',
  category: 'writing',
  hosts: ['mynexusai.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://mynexusai.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
