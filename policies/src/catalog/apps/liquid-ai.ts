import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.liquid.ai/';

/** Liquid AI Playground (Liquid AI): chat assistant. */
export const liquidAi = {
  id: 'liquid-ai',
  name: 'Liquid AI Playground',
  vendor: 'Liquid AI',
  category: 'chat_assistant',
  hosts: ['playground.liquid.ai'],
  apiHosts: [],
  relatedHosts: ['liquid.ai'],
  sources: ['https://www.liquid.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
