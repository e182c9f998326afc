import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://flowiseai.com/';

/** Flowise (FlowiseAI): agent / automation. */
export const flowise = {
  id: 'flowise',
  name: 'Flowise',
  vendor: 'FlowiseAI',
  category: 'agent',
  hosts: ['flowiseai.com'],
  apiHosts: [],
  sources: ['https://flowiseai.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
