import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://logicballs.com/';

/** LogicBalls (LogicBalls): writing. */
export const logicballs = {
  id: 'logicballs',
  name: 'LogicBalls',
  vendor: 'LogicBalls',
  category: 'writing',
  hosts: ['logicballs.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://logicballs.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
