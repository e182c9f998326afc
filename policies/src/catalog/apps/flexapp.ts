import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://flexapp.ai/';

/** FlexApp (FlexApp): coding assistant. */
export const flexapp = {
  id: 'flexapp',
  name: 'FlexApp',
  vendor: 'FlexApp',
  category: 'coding_assistant',
  hosts: ['flexapp.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://flexapp.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
