import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://loopinhq.com/';

/** Loopin AI (Loopin AI): meeting note-taker. */
export const loopinhq = {
  id: 'loopinhq',
  name: 'Loopin AI',
  vendor: 'Loopin AI',
  category: 'meeting_notes',
  hosts: ['loopinhq.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://loopinhq.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
