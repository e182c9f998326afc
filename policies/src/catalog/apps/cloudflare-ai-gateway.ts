import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.cloudflare.com/privacypolicy/';

/** Cloudflare AI Gateway (Cloudflare): inference platform. */
export const cloudflareAiGateway = {
  id: 'cloudflare-ai-gateway',
  name: 'Cloudflare AI Gateway',
  vendor: 'Cloudflare',
  category: 'inference_platform',
  hosts: [],
  apiHosts: ['gateway.ai.cloudflare.com'],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'https://www.cloudflare.com/privacypolicy/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
