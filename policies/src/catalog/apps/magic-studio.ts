import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://magicstudio.com/';

/** Magic Studio (Magic Studio): image. */
export const magicStudio = {
  id: 'magic-studio',
  name: 'Magic Studio',
  vendor: 'Magic Studio',
  category: 'image',
  hosts: ['magicstudio.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://magicstudio.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
