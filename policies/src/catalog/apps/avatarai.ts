import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://avatarai.me/';

/** Avatar AI (Avatar AI): image. */
export const avatarai = {
  id: 'avatarai',
  name: 'Avatar AI',
  vendor: 'Avatar AI',
  category: 'image',
  hosts: ['avatarai.me'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://avatarai.me/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
