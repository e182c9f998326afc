import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://ispeech.org/';

/** iSpeech (iSpeech): voice and audio. */
export const ispeech = {
  id: 'ispeech',
  name: 'iSpeech',
  vendor: 'iSpeech',
  category: 'voice',
  hosts: ['ispeech.org'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://ispeech.org/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
