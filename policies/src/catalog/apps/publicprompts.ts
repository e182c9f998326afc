import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://publicprompts.art/';

/** PublicPrompts (PublicPrompts): AI-related site. */
export const publicprompts = {
  id: 'publicprompts',
  name: 'PublicPrompts',
  vendor: 'PublicPrompts',
  category: 'other',
  hosts: [],
  apiHosts: [],
  relatedHosts: ['publicprompts.art'],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://publicprompts.art/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
