import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://qoder.com/';

/** Qoder (Alibaba): coding assistant. */
export const qoder = {
  id: 'qoder',
  name: 'Qoder',
  vendor: 'Alibaba',
  category: 'coding_assistant',
  hosts: ['qoder.com'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'https://qoder.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
