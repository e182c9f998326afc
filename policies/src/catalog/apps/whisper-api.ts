import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://whisper-api.com/';

/** Whisper API (Whisper API): productivity. */
export const whisperApi = {
  id: 'whisper-api',
  name: 'Whisper API',
  vendor: 'Whisper API',
  category: 'productivity',
  hosts: ['whisper-api.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://whisper-api.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
