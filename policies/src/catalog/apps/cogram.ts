import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.cogram.com/';

/** Cogram (Cogram): meeting note-taker. */
export const cogram = {
  id: 'cogram',
  name: 'Cogram',
  vendor: 'Cogram',
  category: 'meeting_notes',
  hosts: ['cogram.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://www.cogram.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
