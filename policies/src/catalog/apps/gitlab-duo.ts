import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://about.gitlab.com/privacy/';

/** GitLab Duo (GitLab): coding assistant. */
export const gitlabDuo = {
  id: 'gitlab-duo',
  name: 'GitLab Duo',
  vendor: 'GitLab',
  category: 'coding_assistant',
  hosts: [],
  apiHosts: ['cloud.gitlab.com'],
  sources: ['https://about.gitlab.com/privacy/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
