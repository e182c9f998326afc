import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://vercel.com/legal/privacy-policy';

/** Vercel AI Gateway (Vercel): inference platform. */
export const vercelAiGateway = {
  id: 'vercel-ai-gateway',
  name: 'Vercel AI Gateway',
  vendor: 'Vercel',
  category: 'inference_platform',
  hosts: [],
  apiHosts: ['ai-gateway.vercel.sh'],
  sources: ['https://vercel.com/legal/privacy-policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
