import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://civitai.com/content/privacy';

/** Civitai (Civitai): image. */
export const civitai = {
  id: 'civitai',
  name: 'Civitai',
  vendor: 'Civitai',
  category: 'image',
  hosts: ['civitai.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://civitai.com/content/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
