import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://phygital.plus/';

/** Phygital (Phygital): image. */
export const phygital = {
  id: 'phygital',
  name: 'Phygital',
  vendor: 'Phygital',
  category: 'image',
  hosts: ['phygital.plus'],
  apiHosts: [],
  sources: ['https://phygital.plus/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
