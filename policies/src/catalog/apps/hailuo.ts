import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://hailuoai.video/';

/** Hailuo AI (MiniMax): video. */
export const hailuo = {
  id: 'hailuo',
  name: 'Hailuo AI',
  vendor: 'MiniMax',
  category: 'video',
  hosts: ['hailuoai.com', 'hailuoai.video'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-cn', 'awesome-generative-ai links', 'https://hailuoai.video/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
