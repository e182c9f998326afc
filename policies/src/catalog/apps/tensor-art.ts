import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://tensor.art/';

/** Tensor.Art (Tensor.Art): image. */
export const tensorArt = {
  id: 'tensor-art',
  name: 'Tensor.Art',
  vendor: 'Tensor.Art',
  category: 'image',
  hosts: ['tensor.art'],
  apiHosts: [],
  sources: ['https://tensor.art/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
