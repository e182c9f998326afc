import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.alibabacloud.com/help/en/legal/';

/** Alibaba Cloud Model Studio (DashScope) (Alibaba Cloud): model API. */
export const alibabaModelStudio = {
  id: 'alibaba-model-studio',
  name: 'Alibaba Cloud Model Studio (DashScope)',
  vendor: 'Alibaba Cloud',
  category: 'model_api',
  hosts: ['bailian.console.aliyun.com', 'bailian.console.alibabacloud.com'],
  apiHosts: ['dashscope.aliyuncs.com', 'dashscope-intl.aliyuncs.com'],
  sources: ['https://www.alibabacloud.com/help/en/legal/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
