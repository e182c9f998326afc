import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://photoguruai.com/';

/** PhotoGuruAI (PhotoGuruAI): image. */
export const photoguruai = {
  id: 'photoguruai',
  name: 'PhotoGuruAI',
  vendor: 'PhotoGuruAI',
  category: 'image',
  hosts: ['photoguruai.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://photoguruai.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
