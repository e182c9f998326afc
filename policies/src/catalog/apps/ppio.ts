import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://ppio.com/';

/** PPIO (PPIO): inference platform. */
export const ppio = {
  id: 'ppio',
  name: 'PPIO',
  vendor: 'PPIO',
  category: 'inference_platform',
  hosts: ['ppio.com', 'ppinfra.com'],
  apiHosts: ['api.ppinfra.com'],
  sources: ['https://ppio.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
