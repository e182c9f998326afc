import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://casetext.com/';

/** CoCounsel (Casetext) (Thomson Reuters): chat assistant. */
export const cocounsel = {
  id: 'cocounsel',
  name: 'CoCounsel (Casetext)',
  vendor: 'Thomson Reuters',
  category: 'chat_assistant',
  hosts: ['casetext.com'],
  apiHosts: [],
  sources: ['https://casetext.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
