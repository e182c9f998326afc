import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.synthesia.io/privacy';

/** Synthesia (Synthesia): video. */
export const synthesia = {
  id: 'synthesia',
  name: 'Synthesia',
  vendor: 'Synthesia',
  category: 'video',
  hosts: ['synthesia.io'],
  apiHosts: ['api.synthesia.io'],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://www.synthesia.io/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
