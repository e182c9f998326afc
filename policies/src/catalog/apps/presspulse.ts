import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://presspulse.ai/';

/** PressPulse AI (PressPulse AI): AI-related site. */
export const presspulse = {
  id: 'presspulse',
  name: 'PressPulse AI',
  vendor: 'PressPulse AI',
  category: 'other',
  hosts: ['presspulse.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://presspulse.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
