import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://chutes.ai/';

/** Chutes (Rayon Labs): inference platform. */
export const chutes = {
  id: 'chutes',
  name: 'Chutes',
  vendor: 'Rayon Labs',
  category: 'inference_platform',
  hosts: ['chutes.ai'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'https://chutes.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
