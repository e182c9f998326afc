import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.spellbook.legal/';

/** Spellbook (Spellbook): writing. */
export const spellbook = {
  id: 'spellbook',
  name: 'Spellbook',
  vendor: 'Spellbook',
  category: 'writing',
  hosts: ['spellbook.legal'],
  apiHosts: [],
  sources: ['https://www.spellbook.legal/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
