import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://notegpt.io/';

/** NoteGPT (NoteGPT): productivity. */
export const notegpt = {
  id: 'notegpt',
  name: 'NoteGPT',
  vendor: 'NoteGPT',
  category: 'productivity',
  hosts: ['notegpt.io'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'https://notegpt.io/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
