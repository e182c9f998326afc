import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://icoloring.ai/';

/** iColoring (iColoring): image. */
export const icoloring = {
  id: 'icoloring',
  name: 'iColoring',
  vendor: 'iColoring',
  category: 'image',
  hosts: ['icoloring.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://icoloring.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
