import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://docs.midjourney.com/hc/en-us/articles/32083055291277-Privacy-Policy';

/** Midjourney (Midjourney): image. */
export const midjourney = {
  id: 'midjourney',
  name: 'Midjourney',
  vendor: 'Midjourney',
  category: 'image',
  hosts: ['midjourney.com'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'awesome-ai-tools links', 'awesome-generative-ai links', 'https://docs.midjourney.com/hc/en-us/articles/32083055291277-Privacy-Policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
