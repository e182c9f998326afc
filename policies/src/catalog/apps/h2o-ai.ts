import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://h2o.ai/';

/** H2O.ai (H2O.ai): inference platform. */
export const h2oAi = {
  id: 'h2o-ai',
  name: 'H2O.ai',
  vendor: 'H2O.ai',
  category: 'inference_platform',
  hosts: ['h2o.ai'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'https://h2o.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
