import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://pawtrait.art/';

/** Pawtrait (Pawtrait): image. */
export const pawtrait = {
  id: 'pawtrait',
  name: 'Pawtrait',
  vendor: 'Pawtrait',
  category: 'image',
  hosts: ['pawtrait.art'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://pawtrait.art/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
