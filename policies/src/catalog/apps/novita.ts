import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://novita.ai/';

/** Novita AI (Novita AI): inference platform. */
export const novita = {
  id: 'novita',
  name: 'Novita AI',
  vendor: 'Novita AI',
  category: 'inference_platform',
  hosts: ['novita.ai'],
  apiHosts: ['api.novita.ai'],
  sources: ['https://novita.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
