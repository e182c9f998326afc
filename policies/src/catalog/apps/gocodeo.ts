import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.gocodeo.com/';

/** CodeO (GoCodeo) (GoCodeo): coding assistant. */
export const gocodeo = {
  id: 'gocodeo',
  name: 'CodeO (GoCodeo)',
  vendor: 'GoCodeo',
  category: 'coding_assistant',
  hosts: ['gocodeo.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://www.gocodeo.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
