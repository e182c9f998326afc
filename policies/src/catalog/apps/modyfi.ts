import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://modyfi.io/';

/** modyfi (modyfi): image. */
export const modyfi = {
  id: 'modyfi',
  name: 'modyfi',
  vendor: 'modyfi',
  category: 'image',
  hosts: ['modyfi.io'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://modyfi.io/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
