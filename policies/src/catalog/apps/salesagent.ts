import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://salesagent.chat/';

/** SalesAgent Chat (SalesAgent Chat): productivity. */
export const salesagent = {
  id: 'salesagent',
  name: 'SalesAgent Chat',
  vendor: 'SalesAgent Chat',
  category: 'productivity',
  hosts: ['salesagent.chat'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://salesagent.chat/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
