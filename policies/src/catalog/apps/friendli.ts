import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://friendli.ai/';

/** FriendliAI (FriendliAI): inference platform. */
export const friendli = {
  id: 'friendli',
  name: 'FriendliAI',
  vendor: 'FriendliAI',
  category: 'inference_platform',
  hosts: ['friendli.ai'],
  apiHosts: ['api.friendli.ai'],
  sources: ['https://friendli.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
