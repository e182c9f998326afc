import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.aispeech.com/';

/** DUI (AISpeech) (AISpeech): voice and audio. */
export const aispeech = {
  id: 'aispeech',
  name: 'DUI (AISpeech)',
  vendor: 'AISpeech',
  category: 'voice',
  hosts: ['aispeech.com', 'dui.ai', 'duiopen.com'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-cn', 'https://www.aispeech.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
