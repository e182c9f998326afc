import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://pictory.ai/';

/** Pictory (Pictory): video. */
export const pictory = {
  id: 'pictory',
  name: 'Pictory',
  vendor: 'Pictory',
  category: 'video',
  hosts: ['pictory.ai'],
  apiHosts: [],
  sources: ['awesome-generative-ai links', 'https://pictory.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
