import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://shotstack.io/';

/** Shotstack (Shotstack): video. */
export const shotstack = {
  id: 'shotstack',
  name: 'Shotstack',
  vendor: 'Shotstack',
  category: 'video',
  hosts: ['shotstack.io'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://shotstack.io/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
