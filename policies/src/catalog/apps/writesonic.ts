import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://writesonic.com/privacy-policy';

/** Writesonic (Chatsonic) (Writesonic): writing. */
export const writesonic = {
  id: 'writesonic',
  name: 'Writesonic (Chatsonic)',
  vendor: 'Writesonic',
  category: 'writing',
  hosts: ['writesonic.com'],
  apiHosts: ['api.writesonic.com'],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://writesonic.com/privacy-policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
