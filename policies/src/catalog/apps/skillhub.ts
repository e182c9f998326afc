import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://skillhub.cn/';

/** SkillHub (Tencent): agent / automation. */
export const skillhub = {
  id: 'skillhub',
  name: 'SkillHub',
  vendor: 'Tencent',
  category: 'agent',
  hosts: ['skillhub.cn'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-cn', 'https://skillhub.cn/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
