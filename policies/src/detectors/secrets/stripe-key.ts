import { secretDetector } from './define';

// gitleaks `stripe-access-token`: secret and restricted keys (sk_/rk_ + test|live|prod); webhook
// signing secrets (whsec_). Publishable keys (pk_) are public by design and not flagged.
export const stripeKey = secretDetector({
  id: 'secrets/stripe-key',
  label: { one: 'a Stripe key', many: 'Stripe keys' },
  keywords: ['sk_', 'rk_', 'whsec_'],
  patterns: [
    { name: 'live', regex: /(?<![\w-])[sr]k_(?:live|prod)_[A-Za-z0-9]{10,99}(?![\w-])/g, score: 0.97 },
    { name: 'test', regex: /(?<![\w-])[sr]k_test_[A-Za-z0-9]{10,99}(?![\w-])/g, score: 0.75 },
    { name: 'webhook-secret', regex: /(?<![\w-])whsec_[A-Za-z0-9+/]{32,64}(?![\w-])/g, score: 0.9 },
  ],
  minEntropy: 2,
});
