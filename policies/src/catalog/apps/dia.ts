import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.diabrowser.com/';

/** Dia browser (The Browser Company): agent / automation. */
export const dia = {
  id: 'dia',
  name: 'Dia browser',
  vendor: 'The Browser Company',
  category: 'agent',
  hosts: ['diabrowser.com'],
  apiHosts: [],
  relatedHosts: ['diabrowser.engineering'],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'https://www.diabrowser.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
