import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://bfl.ai/legal/privacy-policy';

/** Black Forest Labs (FLUX) (Black Forest Labs): image. */
export const blackForestLabs = {
  id: 'black-forest-labs',
  name: 'Black Forest Labs (FLUX)',
  vendor: 'Black Forest Labs',
  category: 'image',
  hosts: ['bfl.ai', 'blackforestlabs.ai'],
  apiHosts: ['api.bfl.ai', 'api.bfl.ml'],
  sources: ['https://bfl.ai/legal/privacy-policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
