import type { AiApp } from '../types';
import { fact, unreviewedRisk } from '../risk';

// Facts below cite the vendor page that states them; the rest stay 'unknown' until reviewed.
const policy = 'https://elevenlabs.io/privacy-policy';

/** ElevenLabs (ElevenLabs): voice and audio. */
export const elevenlabs = {
  id: 'elevenlabs',
  name: 'ElevenLabs',
  vendor: 'ElevenLabs',
  category: 'voice',
  hosts: ['elevenlabs.io', 'elevenlabs.com'],
  apiHosts: ['api.elevenlabs.io'],
  sources: ['v2fly/domain-list-community data/elevenlabs', 'awesome-ai-tools links', 'awesome-generative-ai links', 'https://elevenlabs.io/privacy-policy'],
  risk: {
    ...unreviewedRisk(policy, '2026-11'),
    enterpriseTier: fact(true, 'https://elevenlabs.io/enterprise', '2025-06'),
    hipaaBaa: fact(true, 'https://elevenlabs.io/docs/conversational-ai/legal/hipaa', '2025-06'),
  },
} as const satisfies AiApp;
