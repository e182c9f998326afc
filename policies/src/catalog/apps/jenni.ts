import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://jenni.ai/';

/** Jenni AI (Jenni AI): writing. */
export const jenni = {
  id: 'jenni',
  name: 'Jenni AI',
  vendor: 'Jenni AI',
  category: 'writing',
  hosts: ['jenni.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://jenni.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
