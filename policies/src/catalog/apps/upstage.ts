import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.upstage.ai/';

/** Upstage (Solar) (Upstage): model API. */
export const upstage = {
  id: 'upstage',
  name: 'Upstage (Solar)',
  vendor: 'Upstage',
  category: 'model_api',
  hosts: ['upstage.ai'],
  apiHosts: ['api.upstage.ai'],
  sources: ['https://www.upstage.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
