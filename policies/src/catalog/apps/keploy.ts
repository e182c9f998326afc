import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://keploy.io/';

/** Keploy (Keploy): coding assistant. */
export const keploy = {
  id: 'keploy',
  name: 'Keploy',
  vendor: 'Keploy',
  category: 'coding_assistant',
  hosts: ['keploy.io'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://keploy.io/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
