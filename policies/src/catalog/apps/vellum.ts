import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.vellum.ai/';

/** Vellum (Vellum): agent / automation. */
export const vellum = {
  id: 'vellum',
  name: 'Vellum',
  vendor: 'Vellum',
  category: 'agent',
  hosts: ['vellum.ai'],
  apiHosts: [],
  sources: ['https://www.vellum.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
