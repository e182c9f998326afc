import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.jetbrains.com/legal/docs/privacy/privacy/';

/** JetBrains AI Assistant (JetBrains): coding assistant. */
export const jetbrainsAi = {
  id: 'jetbrains-ai',
  name: 'JetBrains AI Assistant',
  vendor: 'JetBrains',
  category: 'coding_assistant',
  hosts: ['jetbrains.ai'],
  apiHosts: ['grazie.aws.intellij.net', 'api.jetbrains.ai'],
  relatedHosts: ['grazie.ai'],
  sources: ['v2fly/domain-list-community data/jetbrains-ai', 'https://www.jetbrains.com/legal/docs/privacy/privacy/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
