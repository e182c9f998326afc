import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://codetoflow.com/';

/** Code to Flow (Code to Flow): AI-related site. */
export const codetoflow = {
  id: 'codetoflow',
  name: 'Code to Flow',
  vendor: 'Code to Flow',
  category: 'other',
  hosts: ['codetoflow.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://codetoflow.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
