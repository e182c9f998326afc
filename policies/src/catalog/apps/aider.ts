import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://aider.chat/';

/** Aider (Aider): coding assistant. */
export const aider = {
  id: 'aider',
  name: 'Aider',
  vendor: 'Aider',
  category: 'coding_assistant',
  hosts: [],
  apiHosts: [],
  relatedHosts: ['aider.chat'],
  sources: ['awesome-generative-ai links', 'https://aider.chat/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
