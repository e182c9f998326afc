import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.photoroom.com/legal/privacy';

/** Photoroom (Photoroom): image. */
export const photoroom = {
  id: 'photoroom',
  name: 'Photoroom',
  vendor: 'Photoroom',
  category: 'image',
  hosts: ['photoroom.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://www.photoroom.com/legal/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
