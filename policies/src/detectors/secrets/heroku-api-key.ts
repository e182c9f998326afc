import { namedValue, secretDetector } from './define';

// gitleaks `heroku-api-key` (a UUID assigned to a heroku name) and `heroku-api-key-v2` (HRKU-AA…).
export const herokuApiKey = secretDetector({
  id: 'secrets/heroku-api-key',
  label: { one: 'a Heroku API key', many: 'Heroku API keys' },
  keywords: ['heroku', 'hrku-aa'],
  patterns: [
    { name: 'hrku-v2', regex: /(?<![\w-])HRKU-AA[\w-]{58}(?![\w-])/g, score: 0.95 },
    {
      name: 'named-uuid',
      regex: namedValue('heroku', String.raw`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\w-])`, 'i'),
      score: 0.85,
    },
  ],
});
