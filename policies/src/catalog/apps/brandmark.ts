import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://brandmark.io/';

/** Brandmark (Brandmark): image. */
export const brandmark = {
  id: 'brandmark',
  name: 'Brandmark',
  vendor: 'Brandmark',
  category: 'image',
  hosts: ['brandmark.io'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://brandmark.io/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
