import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://maxvideoai.com/';

/** MaxVideoAI (MaxVideoAI): video. */
export const maxvideoai = {
  id: 'maxvideoai',
  name: 'MaxVideoAI',
  vendor: 'MaxVideoAI',
  category: 'video',
  hosts: ['maxvideoai.com'],
  apiHosts: [],
  sources: ['awesome-generative-ai links', 'https://maxvideoai.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
