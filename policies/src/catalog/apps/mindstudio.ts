import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.mindstudio.ai/';

/** MindStudio (MindStudio): agent / automation. */
export const mindstudio = {
  id: 'mindstudio',
  name: 'MindStudio',
  vendor: 'MindStudio',
  category: 'agent',
  hosts: ['mindstudio.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://www.mindstudio.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
