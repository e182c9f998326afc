import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.askcodi.com/';

/** AskCodi (AskCodi): coding assistant. */
export const askcodi = {
  id: 'askcodi',
  name: 'AskCodi',
  vendor: 'AskCodi',
  category: 'coding_assistant',
  hosts: ['askcodi.com'],
  apiHosts: [],
  sources: ['https://www.askcodi.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
