import type { AiApp } from '../types';
import { fact, unreviewedRisk } from '../risk';

// Facts below cite the vendor page that states them; the rest stay 'unknown' until reviewed.
const policy = 'https://ai.google.dev/gemini-api/terms';

/** Google AI Studio and Gemini API (Google): model API. */
export const googleAiStudio = {
  id: 'google-ai-studio',
  name: 'Google AI Studio and Gemini API',
  vendor: 'Google',
  category: 'model_api',
  hosts: ['aistudio.google.com', 'ai.studio', 'makersuite.google.com'],
  apiHosts: ['generativelanguage.googleapis.com', 'alkalicore-pa.clients6.google.com', 'alkalimakersuite-pa.clients6.google.com', 'webchannel-alkalimakersuite-pa.clients6.google.com'],
  relatedHosts: ['ai.google.dev', 'generativeai.google'],
  sources: ['v2fly/domain-list-community data/google-deepmind', 'awesome-generative-ai links', 'https://ai.google.dev/gemini-api/terms'],
  risk: {
    ...unreviewedRisk(policy, '2026-11'),
    trainsOnInputsByDefault: fact(true, 'https://ai.google.dev/gemini-api/terms', '2025-06'),
  },
} as const satisfies AiApp;
