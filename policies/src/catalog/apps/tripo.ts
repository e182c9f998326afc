import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.tripo3d.ai/';

/** Tripo 3D (VAST): image. */
export const tripo = {
  id: 'tripo',
  name: 'Tripo 3D',
  vendor: 'VAST',
  category: 'image',
  hosts: ['tripo3d.ai'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'https://www.tripo3d.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
