import type { AiApp } from '../types';
import { fact, unreviewedRisk } from '../risk';

// Facts below cite the vendor page that states them; the rest stay 'unknown' until reviewed.
const policy = 'https://fireflies.ai/privacy_policy';

/** Fireflies.ai (Fireflies.ai): meeting note-taker. */
export const fireflies = {
  id: 'fireflies',
  name: 'Fireflies.ai',
  vendor: 'Fireflies.ai',
  category: 'meeting_notes',
  hosts: ['fireflies.ai'],
  apiHosts: ['api.fireflies.ai'],
  sources: ['awesome-generative-ai links', 'https://fireflies.ai/privacy_policy'],
  risk: {
    ...unreviewedRisk(policy, '2026-11'),
    trainsOnInputsByDefault: fact(false, 'https://guide.fireflies.ai/articles/2154538358-policy-on-keeping-information-safe', '2026-01'),
    enterpriseTier: fact(true, 'https://fireflies.ai/enterprise', '2025-06'),
    soc2: fact(true, 'https://guide.fireflies.ai/articles/2154538358-policy-on-keeping-information-safe', '2026-01'),
    hipaaBaa: fact(true, 'https://guide.fireflies.ai/articles/2154538358-policy-on-keeping-information-safe', '2026-01'),
    dataResidency: fact(['US'], 'https://guide.fireflies.ai/articles/9596505232-learn-about-data-storage-and-transfer', '2026-01'),
  },
} as const satisfies AiApp;
