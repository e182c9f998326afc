import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://aiwatermarkremover.io/';

/** AI Watermark Remover (AI Watermark Remover): AI-related site. */
export const aiwatermarkremover = {
  id: 'aiwatermarkremover',
  name: 'AI Watermark Remover',
  vendor: 'AI Watermark Remover',
  category: 'other',
  hosts: ['aiwatermarkremover.io'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://aiwatermarkremover.io/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
