import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://openclaw.ai/';

/** OpenClaw (OpenClaw): agent / automation. */
export const openclaw = {
  id: 'openclaw',
  name: 'OpenClaw',
  vendor: 'OpenClaw',
  category: 'agent',
  hosts: ['openclaw.ai'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'awesome-generative-ai links', 'https://openclaw.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
