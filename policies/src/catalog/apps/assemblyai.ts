import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.assemblyai.com/legal/privacy-policy';

/** AssemblyAI (AssemblyAI): voice and audio. */
export const assemblyai = {
  id: 'assemblyai',
  name: 'AssemblyAI',
  vendor: 'AssemblyAI',
  category: 'voice',
  hosts: ['assemblyai.com'],
  apiHosts: ['api.assemblyai.com'],
  sources: ['https://www.assemblyai.com/legal/privacy-policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
