import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://resumedive.com/';

/** ResumeDive (ResumeDive): AI-related site. */
export const resumedive = {
  id: 'resumedive',
  name: 'ResumeDive',
  vendor: 'ResumeDive',
  category: 'other',
  hosts: ['resumedive.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://resumedive.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
