import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.lingyiwanwu.com/';

/** 01.AI (Yi) (01.AI): model API. */
export const lingyiwanwu = {
  id: 'lingyiwanwu',
  name: '01.AI (Yi)',
  vendor: '01.AI',
  category: 'model_api',
  hosts: ['lingyiwanwu.com', '01.ai'],
  apiHosts: ['api.lingyiwanwu.com'],
  sources: ['https://www.lingyiwanwu.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
