import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://examsamur.ai/';

/** Exam Samurai (Exam Samurai): AI-related site. */
export const examsamur = {
  id: 'examsamur',
  name: 'Exam Samurai',
  vendor: 'Exam Samurai',
  category: 'other',
  hosts: ['examsamur.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://examsamur.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
