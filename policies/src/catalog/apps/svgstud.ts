import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://svgstud.io/';

/** SVGStud.io (SVGStud.io): image. */
export const svgstud = {
  id: 'svgstud',
  name: 'SVGStud.io',
  vendor: 'SVGStud.io',
  category: 'image',
  hosts: ['svgstud.io'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://svgstud.io/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
