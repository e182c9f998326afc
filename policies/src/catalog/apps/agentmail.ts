import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://agentmail.to/';

/** AgentMail (AgentMail): agent / automation. */
export const agentmail = {
  id: 'agentmail',
  name: 'AgentMail',
  vendor: 'AgentMail',
  category: 'agent',
  hosts: ['agentmail.to'],
  apiHosts: [],
  sources: ['awesome-generative-ai links', 'https://agentmail.to/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
