import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://openwork.bot/';

/** Openwork (Openwork): agent / automation. */
export const openwork = {
  id: 'openwork',
  name: 'Openwork',
  vendor: 'Openwork',
  category: 'agent',
  hosts: ['openwork.bot'],
  apiHosts: [],
  sources: ['awesome-generative-ai links', 'https://openwork.bot/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
