import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://shunjing.xin/';

/** Shunjing AI (Shunjing AI): AI-related site. */
export const shunjing = {
  id: 'shunjing',
  name: 'Shunjing AI',
  vendor: 'Shunjing AI',
  category: 'other',
  hosts: ['shunjing.xin'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-cn', 'https://shunjing.xin/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
