import { secretDetector } from './define';

// Mailchimp keys: 32 lower-case hex + "-us" + data-centre number (detect-secrets' MailchimpDetector
// shape; gitleaks additionally wants a mailchimp name, which misses SDK calls).
export const mailchimpApiKey = secretDetector({
  id: 'secrets/mailchimp-api-key',
  label: { one: 'a Mailchimp API key', many: 'Mailchimp API keys' },
  keywords: ['-us'],
  patterns: [{ name: 'hex-dc', regex: /(?<![\w-])[a-f0-9]{32}-us\d{1,2}(?![\w-])/g, score: 0.85 }],
  context: ['mailchimp'],
  minEntropy: 3,
});
