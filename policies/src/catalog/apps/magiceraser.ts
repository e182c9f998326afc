import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://magiceraser.io/';

/** Magic Eraser (Magic Eraser): image. */
export const magiceraser = {
  id: 'magiceraser',
  name: 'Magic Eraser',
  vendor: 'Magic Eraser',
  category: 'image',
  hosts: ['magiceraser.io'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://magiceraser.io/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
