import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.limitless.ai/';

/** Limitless (Limitless AI): meeting note-taker. */
export const limitless = {
  id: 'limitless',
  name: 'Limitless',
  vendor: 'Limitless AI',
  category: 'meeting_notes',
  hosts: ['limitless.ai'],
  apiHosts: [],
  sources: ['awesome-generative-ai links', 'https://www.limitless.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
