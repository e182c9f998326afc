import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://suno.com/privacy';

/** Suno (Suno): voice and audio. */
export const suno = {
  id: 'suno',
  name: 'Suno',
  vendor: 'Suno',
  category: 'voice',
  hosts: ['suno.com', 'suno.ai'],
  apiHosts: [],
  sources: ['awesome-generative-ai links', 'https://suno.com/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
