import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://debuild.app/';

/** Debuild (Debuild): coding assistant. */
export const debuild = {
  id: 'debuild',
  name: 'Debuild',
  vendor: 'Debuild',
  category: 'coding_assistant',
  hosts: ['debuild.app'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://debuild.app/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
