import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.getrecall.ai/';

/** Recall (Recall): productivity. */
export const recall = {
  id: 'recall',
  name: 'Recall',
  vendor: 'Recall',
  category: 'productivity',
  hosts: ['getrecall.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://www.getrecall.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
