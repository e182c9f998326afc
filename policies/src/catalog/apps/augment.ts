import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.augmentcode.com/privacy';

/** Augment Code (Augment Computing): coding assistant. */
export const augment = {
  id: 'augment',
  name: 'Augment Code',
  vendor: 'Augment Computing',
  category: 'coding_assistant',
  hosts: ['augmentcode.com'],
  apiHosts: [],
  sources: ['https://www.augmentcode.com/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
