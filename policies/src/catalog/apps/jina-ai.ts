import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://jina.ai/legal';

/** Jina AI (Jina AI): model API. */
export const jinaAi = {
  id: 'jina-ai',
  name: 'Jina AI',
  vendor: 'Jina AI',
  category: 'model_api',
  hosts: ['jina.ai'],
  apiHosts: [],
  sources: ['https://jina.ai/legal'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
