import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.langflow.org/';

/** Langflow (DataStax (Langflow)): agent / automation. */
export const langflow = {
  id: 'langflow',
  name: 'Langflow',
  vendor: 'DataStax (Langflow)',
  category: 'agent',
  hosts: ['langflow.org'],
  apiHosts: [],
  sources: ['https://www.langflow.org/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
