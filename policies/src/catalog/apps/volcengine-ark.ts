import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.volcengine.com/';

/** Volcano Engine Ark (ByteDance (Volcano Engine)): model API. */
export const volcengineArk = {
  id: 'volcengine-ark',
  name: 'Volcano Engine Ark',
  vendor: 'ByteDance (Volcano Engine)',
  category: 'model_api',
  hosts: [],
  apiHosts: ['ark.cn-beijing.volces.com'],
  hostPatterns: [{ glob: 'ark.*.volces.com', kind: 'api' }],
  webPaths: ['console.volcengine.com/ark'],
  sources: ['https://www.volcengine.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
