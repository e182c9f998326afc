import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://interviews.chat/';

/** Interviews Chat (Interviews Chat): AI-related site. */
export const interviewsChat = {
  id: 'interviews-chat',
  name: 'Interviews Chat',
  vendor: 'Interviews Chat',
  category: 'other',
  hosts: ['interviews.chat'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://interviews.chat/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
