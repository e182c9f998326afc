import { secretDetector } from './define';

// GitLab's prefixed tokens (gitleaks `gitlab-*`, detect-secrets GitLabTokenDetector lengths):
// personal/deploy/feed/SCIM/runner/CI-job tokens 20–50 characters, routable PATs with a ".xx…" tail,
// mail tokens 25, trigger tokens 40, OAuth app secrets 64, runner registration GR1348941…
export const gitlabToken = secretDetector({
  id: 'secrets/gitlab-token',
  label: { one: 'a GitLab token', many: 'GitLab tokens' },
  keywords: ['glpat-', 'gldt-', 'glft-', 'glffct-', 'glsoat-', 'glrt-', 'glcbt-', 'glagent-', 'glimt-', 'glptt-', 'gloas-', 'gr1348941'],
  patterns: [
    { name: 'routable', regex: /(?<![\w-])gl(?:pat|rt)-[\w-]{27,300}\.[0-9a-z]{9}(?![\w.-])/g, score: 0.97 },
    { name: 'prefixed-20-50', regex: /(?<![\w-])gl(?:pat|dt|ft|ffct|soat|rt|cbt|agent)-[\w-]{20,50}(?![\w-])/g, score: 0.95 },
    { name: 'mail-token', regex: /(?<![\w-])glimt-[\w-]{25}(?![\w-])/g, score: 0.95 },
    { name: 'trigger-token', regex: /(?<![\w-])glptt-[\w-]{40}(?![\w-])/g, score: 0.95 },
    { name: 'oauth-secret', regex: /(?<![\w-])gloas-[\w-]{64}(?![\w-])/g, score: 0.95 },
    { name: 'runner-registration', regex: /(?<![\w-])GR1348941[\w-]{20,50}(?![\w-])/g, score: 0.95 },
  ],
  minEntropy: 3,
});
