import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.factory.ai/';

/** Factory (Factory): coding assistant. */
export const factory = {
  id: 'factory',
  name: 'Factory',
  vendor: 'Factory',
  category: 'coding_assistant',
  hosts: ['factory.ai'],
  apiHosts: [],
  sources: ['https://www.factory.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
