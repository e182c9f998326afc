import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://cloud.google.com/terms';

/** Gemini Enterprise (Agentspace) (Google Cloud): agent / automation. */
export const geminiEnterprise = {
  id: 'gemini-enterprise',
  name: 'Gemini Enterprise (Agentspace)',
  vendor: 'Google Cloud',
  category: 'agent',
  hosts: ['vertexaisearch.cloud.google.com'],
  apiHosts: ['discoveryengine.googleapis.com'],
  sources: ['https://cloud.google.com/terms'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
