import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.sybill.ai/';

/** Sybill (Sybill): meeting note-taker. */
export const sybill = {
  id: 'sybill',
  name: 'Sybill',
  vendor: 'Sybill',
  category: 'meeting_notes',
  hosts: ['sybill.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://www.sybill.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
