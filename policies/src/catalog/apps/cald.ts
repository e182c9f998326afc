import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://cald.ai/';

/** Cald.ai (Cald.ai): agent / automation. */
export const cald = {
  id: 'cald',
  name: 'Cald.ai',
  vendor: 'Cald.ai',
  category: 'agent',
  hosts: ['cald.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://cald.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
