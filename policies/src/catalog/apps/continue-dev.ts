import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.continue.dev/privacy';

/** Continue (Continue): coding assistant. */
export const continueDev = {
  id: 'continue-dev',
  name: 'Continue',
  vendor: 'Continue',
  category: 'coding_assistant',
  hosts: ['continue.dev'],
  apiHosts: ['api.continue.dev'],
  sources: ['awesome-generative-ai links', 'https://www.continue.dev/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
