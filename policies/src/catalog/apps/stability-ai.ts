import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://stability.ai/privacy-policy';

/** Stability AI (Stability AI): image. */
export const stabilityAi = {
  id: 'stability-ai',
  name: 'Stability AI',
  vendor: 'Stability AI',
  category: 'image',
  hosts: ['stability.ai', 'dreamstudio.ai'],
  apiHosts: ['api.stability.ai'],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://stability.ai/privacy-policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
