import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://shyeditor.com/';

/** Shy Editor (Shy Editor): writing. */
export const shyeditor = {
  id: 'shyeditor',
  name: 'Shy Editor',
  vendor: 'Shy Editor',
  category: 'writing',
  hosts: ['shyeditor.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://shyeditor.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
