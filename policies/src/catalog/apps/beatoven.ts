import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.beatoven.ai/';

/** Beatoven.ai (Beatoven): voice and audio. */
export const beatoven = {
  id: 'beatoven',
  name: 'Beatoven.ai',
  vendor: 'Beatoven',
  category: 'voice',
  hosts: ['beatoven.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://www.beatoven.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
