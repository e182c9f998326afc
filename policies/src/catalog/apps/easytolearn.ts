import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://easytolearn.io/';

/** LangMagic (LangMagic): AI-related site. */
export const easytolearn = {
  id: 'easytolearn',
  name: 'LangMagic',
  vendor: 'LangMagic',
  category: 'other',
  hosts: ['easytolearn.io'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://easytolearn.io/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
