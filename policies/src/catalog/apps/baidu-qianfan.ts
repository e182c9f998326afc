import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://cloud.baidu.com/';

/** Baidu Qianfan (Baidu AI Cloud): model API. */
export const baiduQianfan = {
  id: 'baidu-qianfan',
  name: 'Baidu Qianfan',
  vendor: 'Baidu AI Cloud',
  category: 'model_api',
  hosts: [],
  apiHosts: ['qianfan.baidubce.com'],
  webPaths: ['console.bce.baidu.com/qianfan'],
  sources: ['https://cloud.baidu.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
