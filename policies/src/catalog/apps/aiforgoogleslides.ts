import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://aiforgoogleslides.com/';

/** AI for Google Slides (AI for Google Slides): productivity. */
export const aiforgoogleslides = {
  id: 'aiforgoogleslides',
  name: 'AI for Google Slides',
  vendor: 'AI for Google Slides',
  category: 'productivity',
  hosts: ['aiforgoogleslides.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://aiforgoogleslides.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
