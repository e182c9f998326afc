import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://getnudgeai.com/';

/** Nudge AI (Nudge AI): productivity. */
export const getnudgeai = {
  id: 'getnudgeai',
  name: 'Nudge AI',
  vendor: 'Nudge AI',
  category: 'productivity',
  hosts: ['getnudgeai.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://getnudgeai.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
