import { secretDetector } from './define';

// gitleaks `slack-webhook-url`: anyone holding the URL can post into the channel.
export const slackWebhook = secretDetector({
  id: 'secrets/slack-webhook',
  label: { one: 'a Slack webhook', many: 'Slack webhooks' },
  keywords: ['hooks.slack.com'],
  patterns: [{ name: 'webhook-url', regex: /(?:https?:\/\/)?hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/]{43,120}(?![A-Za-z0-9+/])/g, score: 0.95 }],
});
