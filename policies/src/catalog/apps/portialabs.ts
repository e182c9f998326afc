import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://portialabs.ai/';

/** Portia AI (Portia AI): coding assistant. */
export const portialabs = {
  id: 'portialabs',
  name: 'Portia AI',
  vendor: 'Portia AI',
  category: 'coding_assistant',
  hosts: ['portialabs.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://portialabs.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
