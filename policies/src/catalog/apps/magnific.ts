import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://magnific.ai/';

/** Magnific (Freepik): image. */
export const magnific = {
  id: 'magnific',
  name: 'Magnific',
  vendor: 'Freepik',
  category: 'image',
  hosts: ['magnific.ai', 'magnific.com'],
  apiHosts: [],
  sources: ['awesome-generative-ai links', 'https://magnific.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
