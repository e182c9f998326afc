import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://cloud.google.com/terms';

/** Gemini Code Assist (Google): coding assistant. */
export const geminiCodeAssist = {
  id: 'gemini-code-assist',
  name: 'Gemini Code Assist',
  vendor: 'Google',
  category: 'coding_assistant',
  hosts: [],
  apiHosts: ['cloudaicompanion.googleapis.com', 'cloudcode-pa.googleapis.com', 'daily-cloudcode-pa.googleapis.com', 'aicode.googleapis.com', 'aida.googleapis.com'],
  relatedHosts: ['geminicli.com'],
  sources: ['v2fly/domain-list-community data/google-deepmind', 'awesome-generative-ai links', 'https://cloud.google.com/terms'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
