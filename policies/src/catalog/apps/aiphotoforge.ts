import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://aiphotoforge.com/';

/** AI Photo Forge (AI Photo Forge): image. */
export const aiphotoforge = {
  id: 'aiphotoforge',
  name: 'AI Photo Forge',
  vendor: 'AI Photo Forge',
  category: 'image',
  hosts: ['aiphotoforge.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://aiphotoforge.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
