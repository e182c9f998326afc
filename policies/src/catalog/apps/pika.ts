import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://pika.art/privacy';

/** Pika (Pika Labs): video. */
export const pika = {
  id: 'pika',
  name: 'Pika',
  vendor: 'Pika Labs',
  category: 'video',
  hosts: ['pika.art'],
  apiHosts: [],
  sources: ['awesome-generative-ai links', 'https://pika.art/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
