import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://chatwithcloud.ai/';

/** ChatWithCloud (ChatWithCloud): coding assistant. */
export const chatwithcloud = {
  id: 'chatwithcloud',
  name: 'ChatWithCloud',
  vendor: 'ChatWithCloud',
  category: 'coding_assistant',
  hosts: ['chatwithcloud.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://chatwithcloud.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
