import { namedValue, secretDetector } from './define';

// gitleaks `atlassian-api-token`: ATATT3 + 186 characters, or 24 characters assigned to an
// atlassian / confluence / jira name (entropy ≥ 3.5).
export const atlassianApiToken = secretDetector({
  id: 'secrets/atlassian-api-token',
  label: { one: 'an Atlassian API token', many: 'Atlassian API tokens' },
  keywords: ['atatt3', 'atlassian', 'confluence', 'jira'],
  patterns: [
    { name: 'atatt3', regex: /(?<![\w-])ATATT3[A-Za-z0-9_\-=]{186}(?![\w=-])/g, score: 0.95 },
    { name: 'named', regex: namedValue('atlassian|confluence|jira', String.raw`[a-z0-9]{20}[a-f0-9]{4}(?![a-z0-9])`, 'i'), score: 0.8 },
  ],
  minEntropy: 3.5,
});
