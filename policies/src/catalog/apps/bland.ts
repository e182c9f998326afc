import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.bland.ai/';

/** Bland AI (Bland AI): agent / automation. */
export const bland = {
  id: 'bland',
  name: 'Bland AI',
  vendor: 'Bland AI',
  category: 'agent',
  hosts: ['bland.ai'],
  apiHosts: ['api.bland.ai'],
  sources: ['https://www.bland.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
