import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://cartesia.ai/';

/** Cartesia (Cartesia): voice and audio. */
export const cartesia = {
  id: 'cartesia',
  name: 'Cartesia',
  vendor: 'Cartesia',
  category: 'voice',
  hosts: ['cartesia.ai'],
  apiHosts: ['api.cartesia.ai'],
  sources: ['https://cartesia.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
