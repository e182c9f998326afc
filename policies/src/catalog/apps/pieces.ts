import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://pieces.app/legal/privacy';

/** Pieces (Mesh Intelligent Technologies): coding assistant. */
export const pieces = {
  id: 'pieces',
  name: 'Pieces',
  vendor: 'Mesh Intelligent Technologies',
  category: 'coding_assistant',
  hosts: ['pieces.app'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://pieces.app/legal/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
