import { secretDetector } from './define';

// gitleaks `perplexity-api-key`: "pplx-" + 48 base62 characters, entropy ≥ 4.
export const perplexityApiKey = secretDetector({
  id: 'secrets/perplexity-api-key',
  label: { one: 'a Perplexity API key', many: 'Perplexity API keys' },
  keywords: ['pplx-'],
  patterns: [{ name: 'perplexity-api-key', regex: /(?<![\w-])pplx-[A-Za-z0-9]{48}(?![\w-])/g, score: 0.95 }],
  minEntropy: 4,
});
