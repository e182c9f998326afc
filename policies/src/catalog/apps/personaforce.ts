import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://personaforce.ai/';

/** PersonaForce (PersonaForce): writing. */
export const personaforce = {
  id: 'personaforce',
  name: 'PersonaForce',
  vendor: 'PersonaForce',
  category: 'writing',
  hosts: ['personaforce.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://personaforce.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
