import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://imgsys.org/';

/** imgsys (imgsys): AI-related site. */
export const imgsys = {
  id: 'imgsys',
  name: 'imgsys',
  vendor: 'imgsys',
  category: 'other',
  hosts: [],
  apiHosts: [],
  relatedHosts: ['imgsys.org'],
  sources: ['awesome-generative-ai links', 'https://imgsys.org/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
