import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://codegpt.co/';

/** CodeGPT (CodeGPT): coding assistant. */
export const codegpt = {
  id: 'codegpt',
  name: 'CodeGPT',
  vendor: 'CodeGPT',
  category: 'coding_assistant',
  hosts: ['codegpt.co'],
  apiHosts: [],
  sources: ['https://codegpt.co/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
