import { secretDetector } from './define';

// gitleaks `pulumi-api-token`: "pul-" + 40 hex.
export const pulumiToken = secretDetector({
  id: 'secrets/pulumi-token',
  label: { one: 'a Pulumi token', many: 'Pulumi tokens' },
  keywords: ['pul-'],
  patterns: [{ name: 'pulumi-token', regex: /(?<![\w-])pul-[a-f0-9]{40}(?![\w-])/g, score: 0.9 }],
  minEntropy: 2,
});
