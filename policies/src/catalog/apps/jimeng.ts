import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://dreamina.capcut.com/';

/** Jimeng / Dreamina (ByteDance): image. */
export const jimeng = {
  id: 'jimeng',
  name: 'Jimeng / Dreamina',
  vendor: 'ByteDance',
  category: 'image',
  hosts: ['jimeng.jianying.com', 'dreamina.capcut.com'],
  apiHosts: [],
  relatedHosts: ['pixeldance.com'],
  sources: ['v2fly/domain-list-community data/doubao', 'https://dreamina.capcut.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
