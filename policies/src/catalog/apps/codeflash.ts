import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.codeflash.ai/';

/** Codeflash (Codeflash): coding assistant. */
export const codeflash = {
  id: 'codeflash',
  name: 'Codeflash',
  vendor: 'Codeflash',
  category: 'coding_assistant',
  hosts: ['codeflash.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://www.codeflash.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
