import { namedValue, secretDetector } from './define';

// gitleaks `mailgun-private-api-token` ("key-" + 32 hex) and `mailgun-signing-key`. "key-" + 32 hex
// is distinctive enough alone; the mailgun name only raises confidence.
export const mailgunApiKey = secretDetector({
  id: 'secrets/mailgun-api-key',
  label: { one: 'a Mailgun key', many: 'Mailgun keys' },
  keywords: ['key-', 'mailgun'],
  patterns: [
    { name: 'private-key', regex: /(?<![\w-])key-[a-f0-9]{32}(?![\w-])/g, score: 0.6 },
    { name: 'signing-key', regex: namedValue('mailgun', String.raw`[a-h0-9]{32}-[a-h0-9]{8}-[a-h0-9]{8}(?![\w-])`, 'i'), score: 0.85 },
  ],
  context: ['mailgun'],
  minEntropy: 3,
});
