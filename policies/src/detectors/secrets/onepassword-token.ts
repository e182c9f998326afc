import { secretDetector } from './define';

// gitleaks `1password-secret-key` (A3-… account secret keys) and `1password-service-account-token`
// (ops_ + base64 JSON, 250+ characters).
export const onepasswordToken = secretDetector({
  id: 'secrets/onepassword-token',
  label: { one: 'a 1Password secret', many: '1Password secrets' },
  keywords: ['a3-', 'ops_ey'],
  patterns: [
    { name: 'secret-key', regex: /\bA3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}\b/g, score: 0.95 },
    { name: 'service-account', regex: /(?<![\w-])ops_eyJ[A-Za-z0-9+/]{250,8000}={0,3}(?![\w+/=])/g, score: 0.97 },
  ],
  minEntropy: 3.8,
});
