import type { AiApp } from '../types';
import { fact, unreviewedRisk } from '../risk';

// Facts below cite the vendor page that states them; the rest stay 'unknown' until reviewed.
const policy = 'https://cursor.com/privacy';

/** Cursor (Anysphere): coding assistant. */
export const cursor = {
  id: 'cursor',
  name: 'Cursor',
  vendor: 'Anysphere',
  category: 'coding_assistant',
  hosts: ['cursor.com', 'cursor.sh'],
  apiHosts: ['cursorapi.com', 'api2.cursor.sh'],
  relatedHosts: ['cursor-cdn.com'],
  sources: ['v2fly/domain-list-community data/cursor', 'awesome-generative-ai links', 'https://cursor.com/privacy'],
  risk: {
    ...unreviewedRisk(policy, '2026-11'),
    trainsOnInputsByDefault: fact(true, 'https://cursor.com/privacy', '2025-06'),
    enterpriseTier: fact(true, 'https://cursor.com/pricing', '2025-06'),
    soc2: fact(true, 'https://cursor.com/security', '2025-06'),
  },
} as const satisfies AiApp;
