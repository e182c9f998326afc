import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://aipdf.ai/';

/** aiPDF (aiPDF): productivity. */
export const aipdf = {
  id: 'aipdf',
  name: 'aiPDF',
  vendor: 'aiPDF',
  category: 'productivity',
  hosts: ['aipdf.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://aipdf.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
