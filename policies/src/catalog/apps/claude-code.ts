import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.anthropic.com/legal';

/** Claude Code (web) (Anthropic): coding assistant. */
export const claudeCode = {
  id: 'claude-code',
  name: 'Claude Code (web)',
  vendor: 'Anthropic',
  category: 'coding_assistant',
  hosts: [],
  apiHosts: [],
  relatedHosts: ['code.claude.com'],
  webPaths: ['claude.ai/code'],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://www.anthropic.com/legal'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
