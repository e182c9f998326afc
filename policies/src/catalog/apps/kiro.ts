import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://kiro.dev/';

/** Kiro (Amazon): coding assistant. */
export const kiro = {
  id: 'kiro',
  name: 'Kiro',
  vendor: 'Amazon',
  category: 'coding_assistant',
  hosts: ['kiro.dev'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'https://kiro.dev/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
