import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://clawhub.ai/';

/** ClawHub (OpenClaw): agent / automation. */
export const clawhub = {
  id: 'clawhub',
  name: 'ClawHub',
  vendor: 'OpenClaw',
  category: 'agent',
  hosts: ['clawhub.ai', 'clawhub-mirror.com'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'v2fly/domain-list-community data/category-ai-cn', 'https://clawhub.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
