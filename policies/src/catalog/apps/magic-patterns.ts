import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.magicpatterns.com/';

/** Magic Patterns (Magic Patterns): coding assistant. */
export const magicPatterns = {
  id: 'magic-patterns',
  name: 'Magic Patterns',
  vendor: 'Magic Patterns',
  category: 'coding_assistant',
  hosts: ['magicpatterns.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://www.magicpatterns.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
