import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://zhida.zhihu.com/';

/** Zhihu Zhida (AI search) (Zhihu): AI search. */
export const zhihuZhida = {
  id: 'zhihu-zhida',
  name: 'Zhihu Zhida (AI search)',
  vendor: 'Zhihu',
  category: 'search',
  hosts: ['zhida.zhihu.com'],
  apiHosts: [],
  sources: ['https://zhida.zhihu.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
