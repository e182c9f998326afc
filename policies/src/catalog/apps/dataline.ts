import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://dataline.app/';

/** DataLine (DataLine): coding assistant. */
export const dataline = {
  id: 'dataline',
  name: 'DataLine',
  vendor: 'DataLine',
  category: 'coding_assistant',
  hosts: ['dataline.app'],
  apiHosts: [],
  sources: ['awesome-generative-ai links', 'https://dataline.app/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
