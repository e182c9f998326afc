import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://crushon.ai/';

/** CrushOn.AI (CrushOn): chat assistant. */
export const crushon = {
  id: 'crushon',
  name: 'CrushOn.AI',
  vendor: 'CrushOn',
  category: 'chat_assistant',
  hosts: ['crushon.ai'],
  apiHosts: [],
  sources: ['https://crushon.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
