import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://gpthelp.ai/';

/** GPTHelp.ai (GPTHelp.ai): agent / automation. */
export const gpthelp = {
  id: 'gpthelp',
  name: 'GPTHelp.ai',
  vendor: 'GPTHelp.ai',
  category: 'agent',
  hosts: ['gpthelp.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://gpthelp.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
