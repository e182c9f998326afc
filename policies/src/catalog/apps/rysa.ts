import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://rysa.ai/';

/** Rysa AI (Rysa AI): coding assistant. */
export const rysa = {
  id: 'rysa',
  name: 'Rysa AI',
  vendor: 'Rysa AI',
  category: 'coding_assistant',
  hosts: ['rysa.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://rysa.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
