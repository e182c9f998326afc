import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://nousresearch.com/';

/** Hermes Agent (Nous Research): agent / automation. */
export const hermesAgent = {
  id: 'hermes-agent',
  name: 'Hermes Agent',
  vendor: 'Nous Research',
  category: 'agent',
  hosts: ['hermes-agent.nousresearch.com'],
  apiHosts: [],
  relatedHosts: ['nousresearch.com'],
  sources: ['awesome-generative-ai links', 'https://nousresearch.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
