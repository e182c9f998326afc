import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://kosmik.app/';

/** Kosmik (Kosmik): productivity. */
export const kosmik = {
  id: 'kosmik',
  name: 'Kosmik',
  vendor: 'Kosmik',
  category: 'productivity',
  hosts: ['kosmik.app'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://kosmik.app/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
