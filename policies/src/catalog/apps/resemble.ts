import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.resemble.ai/privacy/';

/** Resemble AI (Resemble AI): voice and audio. */
export const resemble = {
  id: 'resemble',
  name: 'Resemble AI',
  vendor: 'Resemble AI',
  category: 'voice',
  hosts: ['resemble.ai'],
  apiHosts: ['app.resemble.ai'],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://www.resemble.ai/privacy/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
