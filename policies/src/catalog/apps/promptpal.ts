import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://promptpal.net/';

/** PromptPal (PromptPal): AI-related site. */
export const promptpal = {
  id: 'promptpal',
  name: 'PromptPal',
  vendor: 'PromptPal',
  category: 'other',
  hosts: ['promptpal.net'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://promptpal.net/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
