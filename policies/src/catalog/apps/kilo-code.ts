import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://kilocode.ai/';

/** Kilo Code (Kilo Code): coding assistant. */
export const kiloCode = {
  id: 'kilo-code',
  name: 'Kilo Code',
  vendor: 'Kilo Code',
  category: 'coding_assistant',
  hosts: ['kilocode.ai', 'kilo.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://kilocode.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
