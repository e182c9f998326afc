import { namedValue, secretDetector } from './define';

// gitleaks `cohere-api-token`: 40 base62 characters assigned to a cohere / CO_API_KEY name, entropy ≥ 4.
export const cohereApiKey = secretDetector({
  id: 'secrets/cohere-api-key',
  label: { one: 'a Cohere API key', many: 'Cohere API keys' },
  keywords: ['cohere', 'co_api_key'],
  patterns: [{ name: 'named', regex: namedValue('cohere|co_api_key', String.raw`[A-Za-z0-9]{40}(?![A-Za-z0-9])`, 'i'), score: 0.85 }],
  minEntropy: 4,
});
