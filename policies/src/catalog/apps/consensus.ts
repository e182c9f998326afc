import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://consensus.app/home/privacy-policy/';

/** Consensus (Consensus): AI search. */
export const consensus = {
  id: 'consensus',
  name: 'Consensus',
  vendor: 'Consensus',
  category: 'search',
  hosts: ['consensus.app'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://consensus.app/home/privacy-policy/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
