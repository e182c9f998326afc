import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://aicaller.io/';

/** AICaller.io (AICaller.io): agent / automation. */
export const aicaller = {
  id: 'aicaller',
  name: 'AICaller.io',
  vendor: 'AICaller.io',
  category: 'agent',
  hosts: ['aicaller.io'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://aicaller.io/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
