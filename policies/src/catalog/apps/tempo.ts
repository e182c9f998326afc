import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.tempo.new/';

/** Tempo Labs (Tempo Labs): coding assistant. */
export const tempo = {
  id: 'tempo',
  name: 'Tempo Labs',
  vendor: 'Tempo Labs',
  category: 'coding_assistant',
  hosts: ['tempo.new'],
  apiHosts: [],
  sources: ['https://www.tempo.new/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
