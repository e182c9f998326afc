import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://minusx.ai/';

/** MinusX (MinusX): productivity. */
export const minusx = {
  id: 'minusx',
  name: 'MinusX',
  vendor: 'MinusX',
  category: 'productivity',
  hosts: ['minusx.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://minusx.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
