import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://hunyuan.tencent.com/';

/** Tencent Hunyuan (Tencent): model API. */
export const hunyuan = {
  id: 'hunyuan',
  name: 'Tencent Hunyuan',
  vendor: 'Tencent',
  category: 'model_api',
  hosts: ['hunyuan.tencent.com'],
  apiHosts: ['hunyuan.tencentcloudapi.com', 'api.hunyuan.cloud.tencent.com'],
  sources: ['v2fly/domain-list-community data/category-ai-cn', 'https://hunyuan.tencent.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
