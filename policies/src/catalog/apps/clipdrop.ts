import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://clipdrop.co/';

/** Clipdrop (Jasper AI): image. */
export const clipdrop = {
  id: 'clipdrop',
  name: 'Clipdrop',
  vendor: 'Jasper AI',
  category: 'image',
  hosts: ['clipdrop.co'],
  apiHosts: ['clipdrop-api.co'],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'awesome-ai-tools links', 'awesome-generative-ai links', 'https://clipdrop.co/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
