import { namedValue, secretDetector } from './define';

// gitleaks `snyk-api-token`: a UUID assigned to snyk[_api|_oauth]_key/token.
export const snykToken = secretDetector({
  id: 'secrets/snyk-token',
  label: { one: 'a Snyk token', many: 'Snyk tokens' },
  keywords: ['snyk'],
  patterns: [
    {
      name: 'named-uuid',
      regex: namedValue(String.raw`snyk[_.\-]?(?:(?:api|oauth)[_.\-]?)?(?:key|token)`, String.raw`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\w-])`, 'i'),
      score: 0.85,
    },
  ],
});
