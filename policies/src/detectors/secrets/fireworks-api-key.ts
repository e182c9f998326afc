import { namedValue, secretDetector } from './define';

// Fireworks AI keys ("fw_" + base62) are short; require the fireworks name to keep precision.
export const fireworksApiKey = secretDetector({
  id: 'secrets/fireworks-api-key',
  label: { one: 'a Fireworks AI API key', many: 'Fireworks AI API keys' },
  keywords: ['fireworks'],
  patterns: [{ name: 'named', regex: namedValue('fireworks', String.raw`(?:fw_)?[A-Za-z0-9]{24,48}(?![A-Za-z0-9])`, 'i'), score: 0.85 }],
  minEntropy: 3.5,
});
