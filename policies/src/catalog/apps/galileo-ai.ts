import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.usegalileo.ai/';

/** Galileo AI (Google (Galileo)): image. */
export const galileoAi = {
  id: 'galileo-ai',
  name: 'Galileo AI',
  vendor: 'Google (Galileo)',
  category: 'image',
  hosts: ['usegalileo.ai'],
  apiHosts: [],
  sources: ['https://www.usegalileo.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
