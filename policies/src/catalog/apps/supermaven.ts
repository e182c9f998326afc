import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://supermaven.com/privacy';

/** Supermaven (Supermaven): coding assistant. */
export const supermaven = {
  id: 'supermaven',
  name: 'Supermaven',
  vendor: 'Supermaven',
  category: 'coding_assistant',
  hosts: ['supermaven.com'],
  apiHosts: [],
  sources: ['https://supermaven.com/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
