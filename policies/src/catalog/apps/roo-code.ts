import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://roocode.com/privacy';

/** Roo Code (Roo Code): coding assistant. */
export const rooCode = {
  id: 'roo-code',
  name: 'Roo Code',
  vendor: 'Roo Code',
  category: 'coding_assistant',
  hosts: ['roocode.com'],
  apiHosts: [],
  sources: ['https://roocode.com/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
