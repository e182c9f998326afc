import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://sisif.ai/';

/** Sisif (Sisif): video. */
export const sisif = {
  id: 'sisif',
  name: 'Sisif',
  vendor: 'Sisif',
  category: 'video',
  hosts: ['sisif.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://sisif.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
