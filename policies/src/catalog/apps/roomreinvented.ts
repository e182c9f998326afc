import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://roomreinvented.com/';

/** Room Reinvented (Room Reinvented): image. */
export const roomreinvented = {
  id: 'roomreinvented',
  name: 'Room Reinvented',
  vendor: 'Room Reinvented',
  category: 'image',
  hosts: ['roomreinvented.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://roomreinvented.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
