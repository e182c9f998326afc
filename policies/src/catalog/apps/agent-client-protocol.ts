import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://agentclientprotocol.com/';

/** Agent Client Protocol (docs) (Zed Industries): AI-related site. */
export const agentClientProtocol = {
  id: 'agent-client-protocol',
  name: 'Agent Client Protocol (docs)',
  vendor: 'Zed Industries',
  category: 'other',
  hosts: [],
  apiHosts: [],
  relatedHosts: ['agentclientprotocol.com'],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'https://agentclientprotocol.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
