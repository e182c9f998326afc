import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://relevanceai.com/';

/** Relevance AI (Relevance AI): agent / automation. */
export const relevanceAi = {
  id: 'relevance-ai',
  name: 'Relevance AI',
  vendor: 'Relevance AI',
  category: 'agent',
  hosts: ['relevanceai.com'],
  apiHosts: [],
  sources: ['https://relevanceai.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
