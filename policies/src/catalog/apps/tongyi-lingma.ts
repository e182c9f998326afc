import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://lingma.aliyun.com/';

/** Tongyi Lingma (Alibaba Cloud): coding assistant. */
export const tongyiLingma = {
  id: 'tongyi-lingma',
  name: 'Tongyi Lingma',
  vendor: 'Alibaba Cloud',
  category: 'coding_assistant',
  hosts: ['lingma.aliyun.com'],
  apiHosts: [],
  sources: ['https://lingma.aliyun.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
