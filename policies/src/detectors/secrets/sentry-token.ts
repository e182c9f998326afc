import { secretDetector } from './define';

// gitleaks `sentry-org-token` (sntrys_ + base64 JSON naming a region_url + _ + 43) and
// `sentry-user-token` (sntryu_ + 64 hex).
export const sentryToken = secretDetector({
  id: 'secrets/sentry-token',
  label: { one: 'a Sentry token', many: 'Sentry tokens' },
  keywords: ['sntrys_', 'sntryu_'],
  patterns: [
    { name: 'org', regex: /(?<![\w-])sntrys_eyJpYXQiO[A-Za-z0-9+/]{10,400}={0,2}_[A-Za-z0-9+/]{43}(?![A-Za-z0-9+/])/g, score: 0.95 },
    { name: 'user', regex: /(?<![\w-])sntryu_[a-f0-9]{64}(?![\w-])/g, score: 0.95 },
  ],
  minEntropy: 3.5,
});
