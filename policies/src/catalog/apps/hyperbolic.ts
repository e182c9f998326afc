import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://hyperbolic.xyz/';

/** Hyperbolic (Hyperbolic Labs): inference platform. */
export const hyperbolic = {
  id: 'hyperbolic',
  name: 'Hyperbolic',
  vendor: 'Hyperbolic Labs',
  category: 'inference_platform',
  hosts: ['hyperbolic.xyz', 'app.hyperbolic.ai'],
  apiHosts: ['api.hyperbolic.xyz'],
  sources: ['https://hyperbolic.xyz/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
