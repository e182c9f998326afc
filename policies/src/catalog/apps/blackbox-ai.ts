import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.blackbox.ai/';

/** Blackbox AI (Blackbox AI): coding assistant. */
export const blackboxAi = {
  id: 'blackbox-ai',
  name: 'Blackbox AI',
  vendor: 'Blackbox AI',
  category: 'coding_assistant',
  hosts: ['blackbox.ai'],
  apiHosts: [],
  sources: ['https://www.blackbox.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
