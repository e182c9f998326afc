import type { AiApp } from '../types';
import { fact, unreviewedRisk } from '../risk';

// Facts below cite the vendor page that states them; the rest stay 'unknown' until reviewed.
const policy = 'https://huggingface.co/privacy';

/** Hugging Face Inference Providers (Hugging Face): model API. */
export const hfInference = {
  id: 'hf-inference',
  name: 'Hugging Face Inference Providers',
  vendor: 'Hugging Face',
  category: 'model_api',
  hosts: [],
  apiHosts: ['api-inference.huggingface.co', 'router.huggingface.co', 'endpoints.huggingface.cloud'],
  sources: ['https://huggingface.co/privacy'],
  risk: {
    ...unreviewedRisk(policy, '2026-11'),
    soc2: fact(true, 'https://huggingface.co/docs/hub/security', '2025-06'),
  },
} as const satisfies AiApp;
