import type { AiApp } from '../types';
import { fact, unreviewedRisk } from '../risk';

// Facts below cite the vendor page that states them; the rest stay 'unknown' until reviewed.
const policy = 'https://policies.google.com/';

/** Google Gemini (Google): chat assistant. */
export const gemini = {
  id: 'gemini',
  name: 'Google Gemini',
  vendor: 'Google',
  category: 'chat_assistant',
  hosts: ['gemini.google.com', 'gemini.google', 'bard.google.com'],
  apiHosts: ['robinfrontend-pa.googleapis.com', 'proactivebackend-pa.googleapis.com', 'geller-pa.googleapis.com'],
  relatedHosts: ['gemini.gstatic.com'],
  sources: ['v2fly/domain-list-community data/google-deepmind', 'awesome-ai-tools links', 'awesome-generative-ai links', 'https://policies.google.com/'],
  risk: {
    ...unreviewedRisk(policy, '2026-11'),
    trainsOnInputsByDefault: fact(true, 'https://support.google.com/gemini/answer/13594961', '2025-06'),
    retentionDays: fact(548, 'https://support.google.com/gemini/answer/13594961', '2025-06'),
    enterpriseTier: fact(true, 'https://workspace.google.com/solutions/ai/', '2025-06'),
  },
} as const satisfies AiApp;
