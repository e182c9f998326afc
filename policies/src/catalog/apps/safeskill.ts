import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://safeskill.cn/';

/** SafeSkill (ThreatBook): AI-related site. */
export const safeskill = {
  id: 'safeskill',
  name: 'SafeSkill',
  vendor: 'ThreatBook',
  category: 'other',
  hosts: ['safeskill.cn'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-cn', 'https://safeskill.cn/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
