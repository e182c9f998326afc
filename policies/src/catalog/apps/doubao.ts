import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.doubao.com/';

/** Doubao (ByteDance): chat assistant. */
export const doubao = {
  id: 'doubao',
  name: 'Doubao',
  vendor: 'ByteDance',
  category: 'chat_assistant',
  hosts: ['doubao.com'],
  apiHosts: [],
  relatedHosts: ['doubaocdn.com', 'doubao-dev.com', 'instreet.com', 'building.fun', 'dbbuilding.fun', 'api-building.fun', 'oceancloudapi.com', 'obriccloud.com', 'obricclouddw.com', 'picpic-ai.cn'],
  sources: ['v2fly/domain-list-community data/doubao', 'https://www.doubao.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
