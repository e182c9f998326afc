import { namedValue, secretDetector } from './define';

// Together AI: newer keys carry "tgp_v1_"; older ones are 64 hex assigned to a together… name.
export const togetherApiKey = secretDetector({
  id: 'secrets/together-api-key',
  label: { one: 'a Together AI API key', many: 'Together AI API keys' },
  keywords: ['tgp_v1_', 'together'],
  patterns: [
    { name: 'tgp-v1', regex: /(?<![\w-])tgp_v1_[\w-]{40,64}(?![\w-])/g, score: 0.9 },
    { name: 'named-hex', regex: namedValue('together', String.raw`[a-f0-9]{64}(?![a-f0-9])`, 'i'), score: 0.85 },
  ],
  minEntropy: 3,
});
