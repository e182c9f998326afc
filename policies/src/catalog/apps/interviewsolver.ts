import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://interviewsolver.com/';

/** Interview Solver (Interview Solver): AI-related site. */
export const interviewsolver = {
  id: 'interviewsolver',
  name: 'Interview Solver',
  vendor: 'Interview Solver',
  category: 'other',
  hosts: ['interviewsolver.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://interviewsolver.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
