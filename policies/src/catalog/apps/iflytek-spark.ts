import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://xinghuo.xfyun.cn/';

/** iFlytek Spark (iFlytek): chat assistant. */
export const iflytekSpark = {
  id: 'iflytek-spark',
  name: 'iFlytek Spark',
  vendor: 'iFlytek',
  category: 'chat_assistant',
  hosts: ['xinghuo.xfyun.cn'],
  apiHosts: ['spark-api.xf-yun.com', 'spark-api-open.xf-yun.com'],
  sources: ['v2fly/domain-list-community data/category-ai-cn', 'https://xinghuo.xfyun.cn/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
