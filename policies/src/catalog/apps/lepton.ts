import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.lepton.ai/';

/** Lepton AI (NVIDIA (Lepton)): inference platform. */
export const lepton = {
  id: 'lepton',
  name: 'Lepton AI',
  vendor: 'NVIDIA (Lepton)',
  category: 'inference_platform',
  hosts: ['lepton.ai'],
  apiHosts: [],
  sources: ['https://www.lepton.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
