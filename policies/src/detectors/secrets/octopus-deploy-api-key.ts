import { secretDetector } from './define';

// gitleaks `octopus-deploy-api-key`: "API-" + 26 upper-case alphanumerics, entropy ≥ 3.
export const octopusDeployApiKey = secretDetector({
  id: 'secrets/octopus-deploy-api-key',
  label: { one: 'an Octopus Deploy API key', many: 'Octopus Deploy API keys' },
  keywords: ['api-'],
  patterns: [{ name: 'octopus-deploy-api-key', regex: /(?<![\w-])API-[A-Z0-9]{26}(?![\w-])/g, score: 0.85 }],
  minEntropy: 3,
});
