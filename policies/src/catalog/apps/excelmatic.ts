import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://excelmatic.ai/';

/** Excelmatic (Excelmatic): productivity. */
export const excelmatic = {
  id: 'excelmatic',
  name: 'Excelmatic',
  vendor: 'Excelmatic',
  category: 'productivity',
  hosts: ['excelmatic.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://excelmatic.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
