import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.figma.com/legal/privacy/';

/** Figma Make (Figma): coding assistant. */
export const figmaMake = {
  id: 'figma-make',
  name: 'Figma Make',
  vendor: 'Figma',
  category: 'coding_assistant',
  hosts: [],
  apiHosts: [],
  webPaths: ['www.figma.com/make', 'figma.com/make'],
  sources: ['https://www.figma.com/legal/privacy/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
