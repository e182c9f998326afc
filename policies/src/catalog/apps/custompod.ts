import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://custompod.io/';

/** CustomPod.io (CustomPod.io): voice and audio. */
export const custompod = {
  id: 'custompod',
  name: 'CustomPod.io',
  vendor: 'CustomPod.io',
  category: 'voice',
  hosts: ['custompod.io'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://custompod.io/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
