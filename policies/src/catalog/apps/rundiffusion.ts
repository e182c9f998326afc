import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://rundiffusion.com/';

/** RunDiffusion (RunDiffusion): image. */
export const rundiffusion = {
  id: 'rundiffusion',
  name: 'RunDiffusion',
  vendor: 'RunDiffusion',
  category: 'image',
  hosts: ['rundiffusion.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://rundiffusion.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
