import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://skywork.ai/';

/** Skywork (Kunlun Tech): agent / automation. */
export const skywork = {
  id: 'skywork',
  name: 'Skywork',
  vendor: 'Kunlun Tech',
  category: 'agent',
  hosts: ['skywork.ai'],
  apiHosts: [],
  sources: ['https://skywork.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
