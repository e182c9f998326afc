import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://persuva.ai/';

/** Persuva (Persuva): AI-related site. */
export const persuva = {
  id: 'persuva',
  name: 'Persuva',
  vendor: 'Persuva',
  category: 'other',
  hosts: ['persuva.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://persuva.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
