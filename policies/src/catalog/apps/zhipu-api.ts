import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://open.bigmodel.cn/';

/** Zhipu BigModel / Z.ai API (Zhipu AI): model API. */
export const zhipuApi = {
  id: 'zhipu-api',
  name: 'Zhipu BigModel / Z.ai API',
  vendor: 'Zhipu AI',
  category: 'model_api',
  hosts: ['bigmodel.cn'],
  apiHosts: ['api.z.ai'],
  sources: ['v2fly/domain-list-community data/category-ai-cn', 'https://open.bigmodel.cn/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
