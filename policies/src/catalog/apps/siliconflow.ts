import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://siliconflow.cn/';

/** SiliconFlow (SiliconFlow): inference platform. */
export const siliconflow = {
  id: 'siliconflow',
  name: 'SiliconFlow',
  vendor: 'SiliconFlow',
  category: 'inference_platform',
  hosts: ['siliconflow.cn', 'siliconflow.com'],
  apiHosts: ['api.siliconflow.cn', 'api.siliconflow.com'],
  sources: ['https://siliconflow.cn/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
