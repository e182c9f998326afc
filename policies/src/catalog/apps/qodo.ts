import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.qodo.ai/privacy-policy/';

/** Qodo (Codium) (Qodo): coding assistant. */
export const qodo = {
  id: 'qodo',
  name: 'Qodo (Codium)',
  vendor: 'Qodo',
  category: 'coding_assistant',
  hosts: ['qodo.ai', 'codium.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://www.qodo.ai/privacy-policy/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
