import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.retellai.com/';

/** Retell AI (Retell AI): agent / automation. */
export const retell = {
  id: 'retell',
  name: 'Retell AI',
  vendor: 'Retell AI',
  category: 'agent',
  hosts: ['retellai.com'],
  apiHosts: ['api.retellai.com'],
  sources: ['https://www.retellai.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
