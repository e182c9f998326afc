import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://rabbitholes.ai/';

/** RabbitHoles AI (RabbitHoles AI): productivity. */
export const rabbitholes = {
  id: 'rabbitholes',
  name: 'RabbitHoles AI',
  vendor: 'RabbitHoles AI',
  category: 'productivity',
  hosts: ['rabbitholes.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://rabbitholes.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
