import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://slideswizard.io/';

/** SlidesWizard (SlidesWizard): productivity. */
export const slideswizard = {
  id: 'slideswizard',
  name: 'SlidesWizard',
  vendor: 'SlidesWizard',
  category: 'productivity',
  hosts: ['slideswizard.io'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://slideswizard.io/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
