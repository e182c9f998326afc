import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://promptbase.com/';

/** PromptBase (PromptBase): AI-related site. */
export const promptbase = {
  id: 'promptbase',
  name: 'PromptBase',
  vendor: 'PromptBase',
  category: 'other',
  hosts: ['promptbase.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://promptbase.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
