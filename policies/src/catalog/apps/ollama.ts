import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://ollama.com/';

/** Ollama (Ollama): inference platform. */
export const ollama = {
  id: 'ollama',
  name: 'Ollama',
  vendor: 'Ollama',
  category: 'inference_platform',
  hosts: ['ollama.com'],
  apiHosts: [],
  relatedHosts: ['ollama.ai'],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'awesome-ai-tools links', 'https://ollama.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
