import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://learn.microsoft.com/microsoft-copilot-studio/';

/** Microsoft Copilot Studio (Microsoft): agent / automation. */
export const copilotStudio = {
  id: 'copilot-studio',
  name: 'Microsoft Copilot Studio',
  vendor: 'Microsoft',
  category: 'agent',
  hosts: ['copilotstudio.microsoft.com'],
  apiHosts: ['powerva.microsoft.com'],
  sources: ['https://learn.microsoft.com/microsoft-copilot-studio/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
