import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://tensorzero.com/';

/** TensorZero (TensorZero): coding assistant. */
export const tensorzero = {
  id: 'tensorzero',
  name: 'TensorZero',
  vendor: 'TensorZero',
  category: 'coding_assistant',
  hosts: ['tensorzero.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://tensorzero.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
