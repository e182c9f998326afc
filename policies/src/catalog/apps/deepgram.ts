import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://deepgram.com/privacy';

/** Deepgram (Deepgram): voice and audio. */
export const deepgram = {
  id: 'deepgram',
  name: 'Deepgram',
  vendor: 'Deepgram',
  category: 'voice',
  hosts: ['deepgram.com'],
  apiHosts: ['api.deepgram.com'],
  sources: ['https://deepgram.com/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
