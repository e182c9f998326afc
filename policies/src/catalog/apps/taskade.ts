import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.taskade.com/privacy';

/** Taskade (Taskade): productivity. */
export const taskade = {
  id: 'taskade',
  name: 'Taskade',
  vendor: 'Taskade',
  category: 'productivity',
  hosts: ['taskade.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://www.taskade.com/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
