import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://firmos.ai/';

/** FirmOS (FirmOS): productivity. */
export const firmos = {
  id: 'firmos',
  name: 'FirmOS',
  vendor: 'FirmOS',
  category: 'productivity',
  hosts: ['firmos.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://firmos.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
