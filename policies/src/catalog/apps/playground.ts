import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://playground.com/privacy';

/** Playground (Playground AI): image. */
export const playground = {
  id: 'playground',
  name: 'Playground',
  vendor: 'Playground AI',
  category: 'image',
  hosts: ['playground.com', 'playgroundai.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://playground.com/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
