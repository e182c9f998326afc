import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://klingai.com/';

/** Kling AI (Kuaishou): video. */
export const kling = {
  id: 'kling',
  name: 'Kling AI',
  vendor: 'Kuaishou',
  category: 'video',
  hosts: ['klingai.com', 'kling-ai.com', 'kechuangai.com', 'kling.ai'],
  apiHosts: ['api.klingai.com'],
  sources: ['v2fly/domain-list-community data/category-ai-cn', 'awesome-generative-ai links', 'https://klingai.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
