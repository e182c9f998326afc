import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.liblib.art/';

/** LiblibAI (Liblib): image. */
export const liblib = {
  id: 'liblib',
  name: 'LiblibAI',
  vendor: 'Liblib',
  category: 'image',
  hosts: ['liblib.art', 'liblib.cloud', 'liblib.tv'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-cn', 'https://www.liblib.art/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
