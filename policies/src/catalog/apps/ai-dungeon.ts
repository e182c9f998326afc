import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://aidungeon.com/';

/** AI Dungeon (Latitude): writing. */
export const aiDungeon = {
  id: 'ai-dungeon',
  name: 'AI Dungeon',
  vendor: 'Latitude',
  category: 'writing',
  hosts: ['aidungeon.com', 'aidungeon.io'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://aidungeon.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
