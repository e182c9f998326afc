import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://novelai.net/';

/** NovelAI (Anlatan): writing. */
export const novelai = {
  id: 'novelai',
  name: 'NovelAI',
  vendor: 'Anlatan',
  category: 'writing',
  hosts: ['novelai.net'],
  apiHosts: ['api.novelai.net', 'image.novelai.net', 'text.novelai.net'],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'https://novelai.net/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
