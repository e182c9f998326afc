import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://sourcegraph.com/terms/privacy';

/** Sourcegraph Cody (Sourcegraph): coding assistant. */
export const sourcegraphCody = {
  id: 'sourcegraph-cody',
  name: 'Sourcegraph Cody',
  vendor: 'Sourcegraph',
  category: 'coding_assistant',
  hosts: [],
  apiHosts: ['cody-gateway.sourcegraph.com'],
  webPaths: ['sourcegraph.com/cody'],
  sources: ['https://sourcegraph.com/terms/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
