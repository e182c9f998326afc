import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://aihorde.net/';

/** AI Horde (Haidra): image. */
export const stableHorde = {
  id: 'stable-horde',
  name: 'AI Horde',
  vendor: 'Haidra',
  category: 'image',
  hosts: ['stablehorde.net', 'aihorde.net'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://aihorde.net/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
