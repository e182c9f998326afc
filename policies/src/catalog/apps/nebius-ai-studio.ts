import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://nebius.com/';

/** Nebius AI Studio (Nebius): inference platform. */
export const nebiusAiStudio = {
  id: 'nebius-ai-studio',
  name: 'Nebius AI Studio',
  vendor: 'Nebius',
  category: 'inference_platform',
  hosts: ['studio.nebius.com', 'studio.nebius.ai'],
  apiHosts: ['api.studio.nebius.com', 'api.studio.nebius.ai'],
  sources: ['https://nebius.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
