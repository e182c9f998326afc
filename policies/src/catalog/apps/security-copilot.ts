import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://learn.microsoft.com/copilot/security/privacy-data-security';

/** Microsoft Security Copilot (Microsoft): agent / automation. */
export const securityCopilot = {
  id: 'security-copilot',
  name: 'Microsoft Security Copilot',
  vendor: 'Microsoft',
  category: 'agent',
  hosts: ['securitycopilot.microsoft.com'],
  apiHosts: [],
  sources: ['https://learn.microsoft.com/copilot/security/privacy-data-security'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
