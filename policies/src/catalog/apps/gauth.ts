import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.gauthmath.com/';

/** Gauth (ByteDance): chat assistant. */
export const gauth = {
  id: 'gauth',
  name: 'Gauth',
  vendor: 'ByteDance',
  category: 'chat_assistant',
  hosts: ['gauthmath.com'],
  apiHosts: [],
  sources: ['https://www.gauthmath.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
