import { namedValue, secretDetector } from './define';

// gitleaks `okta-access-token`: "00" + 40 characters assigned to an okta name, entropy ≥ 4.
export const oktaToken = secretDetector({
  id: 'secrets/okta-token',
  label: { one: 'an Okta API token', many: 'Okta API tokens' },
  keywords: ['okta'],
  patterns: [{ name: 'named', regex: namedValue('[Oo]kta|OKTA', String.raw`00[\w=\-]{40}(?![\w=-])`), score: 0.9 }],
  minEntropy: 4,
});
