import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://windsurf.com/privacy-policy';

/** Windsurf (Codeium) (Cognition (Windsurf)): coding assistant. */
export const windsurf = {
  id: 'windsurf',
  name: 'Windsurf (Codeium)',
  vendor: 'Cognition (Windsurf)',
  category: 'coding_assistant',
  hosts: ['windsurf.com', 'codeium.com', 'windsurf.build'],
  apiHosts: ['server.codeium.com'],
  relatedHosts: ['codeiumdata.com'],
  sources: ['v2fly/domain-list-community data/windsurf', 'awesome-generative-ai links', 'https://windsurf.com/privacy-policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
