import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://cline.bot/privacy';

/** Cline (Cline Bot): coding assistant. */
export const cline = {
  id: 'cline',
  name: 'Cline',
  vendor: 'Cline Bot',
  category: 'coding_assistant',
  hosts: ['cline.bot'],
  apiHosts: ['api.cline.bot'],
  sources: ['https://cline.bot/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
