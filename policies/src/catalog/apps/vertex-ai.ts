import type { AiApp } from '../types';
import { fact, unreviewedRisk } from '../risk';

// Facts below cite the vendor page that states them; the rest stay 'unknown' until reviewed.
const policy = 'https://cloud.google.com/terms';

/** Vertex AI (Google Cloud): inference platform. */
export const vertexAi = {
  id: 'vertex-ai',
  name: 'Vertex AI',
  vendor: 'Google Cloud',
  category: 'inference_platform',
  hosts: [],
  apiHosts: ['aiplatform.googleapis.com'],
  hostPatterns: [{ glob: '*-aiplatform.googleapis.com', kind: 'api' }],
  webPaths: ['console.cloud.google.com/vertex-ai'],
  sources: ['https://cloud.google.com/terms'],
  risk: {
    ...unreviewedRisk(policy, '2026-11'),
    trainsOnInputsByDefault: fact(false, 'https://cloud.google.com/vertex-ai/generative-ai/docs/data-governance', '2025-06'),
    enterpriseTier: fact(true, 'https://cloud.google.com/terms', '2025-06'),
    soc2: fact(true, 'https://cloud.google.com/security/compliance/soc-2', '2025-06'),
    hipaaBaa: fact(true, 'https://cloud.google.com/security/compliance/hipaa', '2025-06'),
    dataResidency: fact(['US', 'EU'], 'https://cloud.google.com/vertex-ai/generative-ai/docs/learn/data-residency', '2025-06'),
  },
} as const satisfies AiApp;
