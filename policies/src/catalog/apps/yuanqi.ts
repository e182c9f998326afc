import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://yuanqi.tencent.com/';

/** Tencent Yuanqi (Tencent): agent / automation. */
export const yuanqi = {
  id: 'yuanqi',
  name: 'Tencent Yuanqi',
  vendor: 'Tencent',
  category: 'agent',
  hosts: ['yuanqi.tencent.com'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-cn', 'https://yuanqi.tencent.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
