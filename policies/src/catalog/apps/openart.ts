import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://openart.ai/';

/** OpenArt (OpenArt): image. */
export const openart = {
  id: 'openart',
  name: 'OpenArt',
  vendor: 'OpenArt',
  category: 'image',
  hosts: ['openart.ai'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'awesome-ai-tools links', 'awesome-generative-ai links', 'https://openart.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
