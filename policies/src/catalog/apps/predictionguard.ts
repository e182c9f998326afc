import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://predictionguard.com/';

/** Prediction Guard (Prediction Guard): coding assistant. */
export const predictionguard = {
  id: 'predictionguard',
  name: 'Prediction Guard',
  vendor: 'Prediction Guard',
  category: 'coding_assistant',
  hosts: ['predictionguard.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://predictionguard.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
