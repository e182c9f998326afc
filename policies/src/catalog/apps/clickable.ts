import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.clickable.so/';

/** Clickable (Clickable): image. */
export const clickable = {
  id: 'clickable',
  name: 'Clickable',
  vendor: 'Clickable',
  category: 'image',
  hosts: ['clickable.so'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://www.clickable.so/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
