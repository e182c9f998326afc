import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.seaart.ai/';

/** SeaArt (SeaArt): image. */
export const seaart = {
  id: 'seaart',
  name: 'SeaArt',
  vendor: 'SeaArt',
  category: 'image',
  hosts: ['seaart.ai'],
  apiHosts: [],
  sources: ['https://www.seaart.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
