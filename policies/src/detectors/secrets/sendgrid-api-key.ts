import { secretDetector } from './define';

// SendGrid keys: "SG." + 22-character id + "." + 43-character secret (stricter than gitleaks: two fixed parts).
export const sendgridApiKey = secretDetector({
  id: 'secrets/sendgrid-api-key',
  label: { one: 'a SendGrid API key', many: 'SendGrid API keys' },
  keywords: ['sg.'],
  patterns: [{ name: 'sendgrid-api-key', regex: /(?<![\w.-])SG\.[\w-]{22}\.[\w-]{43}(?![\w.-])/g, score: 0.95 }],
  minEntropy: 3,
});
