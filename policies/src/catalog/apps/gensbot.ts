import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://gensbot.com/';

/** Gensbot (Gensbot): image. */
export const gensbot = {
  id: 'gensbot',
  name: 'Gensbot',
  vendor: 'Gensbot',
  category: 'image',
  hosts: ['gensbot.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://gensbot.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
