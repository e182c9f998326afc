import { secretDetector } from './define';

// gitleaks `databricks-api-token`: "dapi" + 32 hex, optional "-N".
export const databricksToken = secretDetector({
  id: 'secrets/databricks-token',
  label: { one: 'a Databricks token', many: 'Databricks tokens' },
  keywords: ['dapi'],
  patterns: [{ name: 'databricks-token', regex: /(?<![\w-])dapi[a-f0-9]{32}(?:-\d)?(?![\w-])/g, score: 0.9 }],
  minEntropy: 3,
});
