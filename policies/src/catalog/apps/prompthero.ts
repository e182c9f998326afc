import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://prompthero.com/';

/** PromptHero (PromptHero): image. */
export const prompthero = {
  id: 'prompthero',
  name: 'PromptHero',
  vendor: 'PromptHero',
  category: 'image',
  hosts: ['prompthero.com'],
  apiHosts: [],
  sources: ['awesome-generative-ai links', 'https://prompthero.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
