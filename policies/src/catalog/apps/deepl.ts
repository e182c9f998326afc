import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.deepl.com/privacy';

/** DeepL Translate and Write (DeepL): writing. */
export const deepl = {
  id: 'deepl',
  name: 'DeepL Translate and Write',
  vendor: 'DeepL',
  category: 'writing',
  hosts: ['deepl.com'],
  apiHosts: ['api.deepl.com', 'api-free.deepl.com'],
  sources: ['awesome-ai-tools links', 'https://www.deepl.com/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
