import type { AiApp } from '../types';
import { fact, unreviewedRisk } from '../risk';

// Facts below cite the vendor page that states them; the rest stay 'unknown' until reviewed.
const policy = 'https://learn.microsoft.com/copilot/microsoft-365/microsoft-365-copilot-privacy';

/** Microsoft 365 Copilot (Microsoft): AI feature inside SaaS. */
export const m365Copilot = {
  id: 'm365-copilot',
  name: 'Microsoft 365 Copilot',
  vendor: 'Microsoft',
  category: 'embedded_saas',
  hosts: ['copilot.cloud.microsoft', 'm365copilot.com', 'business.bing.com'],
  apiHosts: [],
  webPaths: ['m365.cloud.microsoft/chat', 'www.microsoft365.com/chat', 'microsoft365.com/chat', 'www.office.com/chat'],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'https://learn.microsoft.com/copilot/microsoft-365/microsoft-365-copilot-privacy'],
  risk: {
    ...unreviewedRisk(policy, '2026-11'),
    trainsOnInputsByDefault: fact(false, 'https://learn.microsoft.com/copilot/microsoft-365/microsoft-365-copilot-privacy', '2025-06'),
    enterpriseTier: fact(true, 'https://learn.microsoft.com/copilot/microsoft-365/microsoft-365-copilot-privacy', '2025-06'),
    soc2: fact(true, 'https://learn.microsoft.com/compliance/regulatory/offering-soc-2', '2025-06'),
    hipaaBaa: fact(true, 'https://learn.microsoft.com/compliance/regulatory/offering-hipaa-hitech', '2025-06'),
    dataResidency: fact(['US', 'EU'], 'https://learn.microsoft.com/privacy/eudb/eu-data-boundary-learn', '2025-06'),
  },
} as const satisfies AiApp;
