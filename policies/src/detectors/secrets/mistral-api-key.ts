import { namedValue, secretDetector } from './define';

// Mistral keys are 32 bare base62 characters: only the name they are assigned to identifies them.
export const mistralApiKey = secretDetector({
  id: 'secrets/mistral-api-key',
  label: { one: 'a Mistral API key', many: 'Mistral API keys' },
  keywords: ['mistral'],
  patterns: [{ name: 'named', regex: namedValue('mistral', String.raw`[A-Za-z0-9]{32}(?![A-Za-z0-9])`, 'i'), score: 0.85 }],
  minEntropy: 3.5,
});
