import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://pixelz.ai/';

/** Pixelz AI Art Generator (Pixelz AI Art Generator): image. */
export const pixelz = {
  id: 'pixelz',
  name: 'Pixelz AI Art Generator',
  vendor: 'Pixelz AI Art Generator',
  category: 'image',
  hosts: ['pixelz.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://pixelz.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
