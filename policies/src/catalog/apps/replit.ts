import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://replit.com/privacy-policy';

/** Replit (Replit): coding assistant. */
export const replit = {
  id: 'replit',
  name: 'Replit',
  vendor: 'Replit',
  category: 'coding_assistant',
  hosts: ['replit.com'],
  apiHosts: [],
  sources: ['https://replit.com/privacy-policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
