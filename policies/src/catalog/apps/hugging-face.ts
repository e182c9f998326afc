import type { AiApp } from '../types';
import { fact, unreviewedRisk } from '../risk';

// Facts below cite the vendor page that states them; the rest stay 'unknown' until reviewed.
const policy = 'https://huggingface.co/privacy';

/** Hugging Face Hub and Spaces (Hugging Face): inference platform. */
export const huggingFace = {
  id: 'hugging-face',
  name: 'Hugging Face Hub and Spaces',
  vendor: 'Hugging Face',
  category: 'inference_platform',
  hosts: ['huggingface.co', 'hf.co', 'hf.space'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/huggingface', 'awesome-ai-tools links', 'awesome-generative-ai links', 'https://huggingface.co/privacy'],
  risk: {
    ...unreviewedRisk(policy, '2026-11'),
    enterpriseTier: fact(true, 'https://huggingface.co/enterprise', '2025-06'),
    soc2: fact(true, 'https://huggingface.co/docs/hub/security', '2025-06'),
  },
} as const satisfies AiApp;
