import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://groq.com/privacy-policy/';

/** GroqCloud (Groq): inference platform. */
export const groq = {
  id: 'groq',
  name: 'GroqCloud',
  vendor: 'Groq',
  category: 'inference_platform',
  hosts: ['console.groq.com'],
  apiHosts: ['api.groq.com'],
  relatedHosts: ['groq.com'],
  sources: ['v2fly/domain-list-community data/groq', 'awesome-generative-ai links', 'https://groq.com/privacy-policy/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
