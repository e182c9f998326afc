import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.dola.com/';

/** Dola (formerly Cici) (ByteDance): chat assistant. */
export const dola = {
  id: 'dola',
  name: 'Dola (formerly Cici)',
  vendor: 'ByteDance',
  category: 'chat_assistant',
  hosts: ['dola.com', 'cici.com', 'ciciai.com'],
  apiHosts: [],
  relatedHosts: ['ciciaicdn.com'],
  sources: ['v2fly/domain-list-community data/dola', 'https://www.dola.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
