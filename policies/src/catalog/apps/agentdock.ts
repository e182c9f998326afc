import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://agentdock.ai/';

/** AgentDock (AgentDock): coding assistant. */
export const agentdock = {
  id: 'agentdock',
  name: 'AgentDock',
  vendor: 'AgentDock',
  category: 'coding_assistant',
  hosts: ['agentdock.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://agentdock.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
