import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.maoxiangai.com/';

/** Maoxiang (AI companion) (ByteDance): chat assistant. */
export const maoxiang = {
  id: 'maoxiang',
  name: 'Maoxiang (AI companion)',
  vendor: 'ByteDance',
  category: 'chat_assistant',
  hosts: ['maoxiangai.com'],
  apiHosts: [],
  relatedHosts: ['butterflyai.cn', 'butterfly-static.cn', 'hi-butterfly.cn', 'myparallelstory.com'],
  sources: ['v2fly/domain-list-community data/doubao', 'https://www.maoxiangai.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
