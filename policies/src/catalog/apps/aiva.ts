import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.aiva.ai/';

/** AIVA (Aiva Technologies): voice and audio. */
export const aiva = {
  id: 'aiva',
  name: 'AIVA',
  vendor: 'Aiva Technologies',
  category: 'voice',
  hosts: ['aiva.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://www.aiva.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
