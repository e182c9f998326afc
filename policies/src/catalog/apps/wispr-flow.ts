import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://wisprflow.ai/privacy';

/** Wispr Flow (Wispr): voice and audio. */
export const wisprFlow = {
  id: 'wispr-flow',
  name: 'Wispr Flow',
  vendor: 'Wispr',
  category: 'voice',
  hosts: ['wisprflow.ai'],
  apiHosts: [],
  sources: ['awesome-generative-ai links', 'https://wisprflow.ai/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
