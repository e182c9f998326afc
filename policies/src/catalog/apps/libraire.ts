import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://libraire.ai/';

/** Libraire (Libraire): image. */
export const libraire = {
  id: 'libraire',
  name: 'Libraire',
  vendor: 'Libraire',
  category: 'image',
  hosts: ['libraire.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://libraire.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
