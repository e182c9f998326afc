import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://tapnow.ai/';

/** TapNow (TapNow): image. */
export const tapnow = {
  id: 'tapnow',
  name: 'TapNow',
  vendor: 'TapNow',
  category: 'image',
  hosts: ['tapnow.ai', 'tapnow.top'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'v2fly/domain-list-community data/category-ai-cn', 'https://tapnow.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
