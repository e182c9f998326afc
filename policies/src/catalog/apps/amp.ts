import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://ampcode.com/';

/** Amp (Sourcegraph (Amp)): coding assistant. */
export const amp = {
  id: 'amp',
  name: 'Amp',
  vendor: 'Sourcegraph (Amp)',
  category: 'coding_assistant',
  hosts: ['ampcode.com'],
  apiHosts: [],
  sources: ['https://ampcode.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
