import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://platform.moonshot.ai/';

/** Moonshot AI (Kimi) API (Moonshot AI): model API. */
export const moonshotApi = {
  id: 'moonshot-api',
  name: 'Moonshot AI (Kimi) API',
  vendor: 'Moonshot AI',
  category: 'model_api',
  hosts: ['platform.moonshot.cn', 'platform.moonshot.ai'],
  apiHosts: ['api.moonshot.cn', 'api.moonshot.ai'],
  sources: ['https://platform.moonshot.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
