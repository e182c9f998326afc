import type { AiApp } from '../types';
import { fact, unreviewedRisk } from '../risk';

// Facts below cite the vendor page that states them; the rest stay 'unknown' until reviewed.
const policy = 'https://docs.github.com/site-policy/github-terms/github-copilot-product-specific-terms';

/** GitHub Copilot (GitHub): coding assistant. */
export const githubCopilot = {
  id: 'github-copilot',
  name: 'GitHub Copilot',
  vendor: 'GitHub',
  category: 'coding_assistant',
  hosts: ['copilot-workspace.githubnext.com'],
  apiHosts: ['githubcopilot.com', 'copilot-proxy.githubusercontent.com'],
  relatedHosts: ['copilotprodattachments.blob.core.windows.net', 'copilot-telemetry-service.githubusercontent.com', 'copilot-telemetry.githubusercontent.com'],
  webPaths: ['github.com/copilot'],
  sources: ['v2fly/domain-list-community data/github-copilot', 'awesome-ai-tools links', 'awesome-generative-ai links', 'https://docs.github.com/site-policy/github-terms/github-copilot-product-specific-terms'],
  risk: {
    ...unreviewedRisk(policy, '2026-11'),
    enterpriseTier: fact(true, 'https://github.com/features/copilot/plans', '2025-06'),
    soc2: fact(true, 'https://resources.github.com/copilot-trust-center/', '2025-06'),
  },
} as const satisfies AiApp;
