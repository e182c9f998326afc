import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.basedlabs.ai/';

/** BasedLabs (BasedLabs): video. */
export const basedlabs = {
  id: 'basedlabs',
  name: 'BasedLabs',
  vendor: 'BasedLabs',
  category: 'video',
  hosts: ['basedlabs.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://www.basedlabs.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
