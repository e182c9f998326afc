import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://theresanaiforthat.com/';

/** There's An AI For That (There's An AI For That): AI-related site. */
export const thereIsAnAi = {
  id: 'there-is-an-ai',
  name: 'There\'s An AI For That',
  vendor: 'There\'s An AI For That',
  category: 'other',
  hosts: [],
  apiHosts: [],
  relatedHosts: ['theresanai.com', 'theresanaiforthat.com'],
  sources: ['awesome-ai-tools links', 'https://theresanaiforthat.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
