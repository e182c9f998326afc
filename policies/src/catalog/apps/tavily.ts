import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://tavily.com/privacy';

/** Tavily (Tavily): AI search. */
export const tavily = {
  id: 'tavily',
  name: 'Tavily',
  vendor: 'Tavily',
  category: 'search',
  hosts: ['tavily.com'],
  apiHosts: ['api.tavily.com'],
  sources: ['https://tavily.com/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
