import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://vapi.ai/privacy';

/** Vapi (Vapi): agent / automation. */
export const vapi = {
  id: 'vapi',
  name: 'Vapi',
  vendor: 'Vapi',
  category: 'agent',
  hosts: ['vapi.ai'],
  apiHosts: ['api.vapi.ai'],
  sources: ['https://vapi.ai/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
