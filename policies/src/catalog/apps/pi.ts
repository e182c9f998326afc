import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://inflection.ai/privacy';

/** Pi (Inflection AI): chat assistant. */
export const pi = {
  id: 'pi',
  name: 'Pi',
  vendor: 'Inflection AI',
  category: 'chat_assistant',
  hosts: ['pi.ai', 'heypi.com'],
  apiHosts: [],
  relatedHosts: ['inflection.ai'],
  sources: ['awesome-generative-ai links', 'https://inflection.ai/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
