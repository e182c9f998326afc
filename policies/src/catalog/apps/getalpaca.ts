import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://getalpaca.io/';

/** Alpaca (Alpaca): image. */
export const getalpaca = {
  id: 'getalpaca',
  name: 'Alpaca',
  vendor: 'Alpaca',
  category: 'image',
  hosts: ['getalpaca.io'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://getalpaca.io/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
