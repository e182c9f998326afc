import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://privacy.microsoft.com/privacystatement';

/** Bing Image Creator (Microsoft): image. */
export const bingImageCreator = {
  id: 'bing-image-creator',
  name: 'Bing Image Creator',
  vendor: 'Microsoft',
  category: 'image',
  hosts: [],
  apiHosts: [],
  webPaths: ['www.bing.com/images/create', 'bing.com/images/create', 'www.bing.com/create', 'bing.com/create'],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://privacy.microsoft.com/privacystatement'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
