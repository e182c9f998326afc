import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://privacy.microsoft.com/privacystatement';

/** Microsoft Designer (Microsoft): image. */
export const microsoftDesigner = {
  id: 'microsoft-designer',
  name: 'Microsoft Designer',
  vendor: 'Microsoft',
  category: 'image',
  hosts: ['designer.microsoft.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://privacy.microsoft.com/privacystatement'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
