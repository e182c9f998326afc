import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.imagine.art/';

/** Imagine.Art (Vyro): image. */
export const imagineArt = {
  id: 'imagine-art',
  name: 'Imagine.Art',
  vendor: 'Vyro',
  category: 'image',
  hosts: ['imagine.art'],
  apiHosts: [],
  sources: ['https://www.imagine.art/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
