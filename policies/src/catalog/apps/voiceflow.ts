import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.voiceflow.com/legal/privacy-policy';

/** Voiceflow (Voiceflow): agent / automation. */
export const voiceflow = {
  id: 'voiceflow',
  name: 'Voiceflow',
  vendor: 'Voiceflow',
  category: 'agent',
  hosts: ['voiceflow.com'],
  apiHosts: ['general-runtime.voiceflow.com'],
  sources: ['https://www.voiceflow.com/legal/privacy-policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
