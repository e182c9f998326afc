import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.librechat.ai/';

/** LibreChat (LibreChat): chat assistant. */
export const librechat = {
  id: 'librechat',
  name: 'LibreChat',
  vendor: 'LibreChat',
  category: 'chat_assistant',
  hosts: [],
  apiHosts: [],
  relatedHosts: ['librechat.ai'],
  sources: ['awesome-generative-ai links', 'https://www.librechat.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
