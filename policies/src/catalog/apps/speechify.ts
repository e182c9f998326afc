import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://speechify.com/privacy/';

/** Speechify (Speechify): voice and audio. */
export const speechify = {
  id: 'speechify',
  name: 'Speechify',
  vendor: 'Speechify',
  category: 'voice',
  hosts: ['speechify.com'],
  apiHosts: [],
  sources: ['https://speechify.com/privacy/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
