import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://genshare.io/';

/** GenShare (GenShare): image. */
export const genshare = {
  id: 'genshare',
  name: 'GenShare',
  vendor: 'GenShare',
  category: 'image',
  hosts: ['genshare.io'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://genshare.io/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
