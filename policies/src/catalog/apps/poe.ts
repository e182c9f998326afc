import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://poe.com/privacy';

/** Poe (Quora): chat assistant. */
export const poe = {
  id: 'poe',
  name: 'Poe',
  vendor: 'Quora',
  category: 'chat_assistant',
  hosts: ['poe.com'],
  apiHosts: [],
  relatedHosts: ['poecdn.net'],
  sources: ['v2fly/domain-list-community data/poe', 'awesome-generative-ai links', 'https://poe.com/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
