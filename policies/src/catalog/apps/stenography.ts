import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://stenography.dev/';

/** Stenography (Stenography): coding assistant. */
export const stenography = {
  id: 'stenography',
  name: 'Stenography',
  vendor: 'Stenography',
  category: 'coding_assistant',
  hosts: ['stenography.dev'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://stenography.dev/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
