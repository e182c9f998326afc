import { secretDetector } from './define';

// Slack tokens (gitleaks `slack-*`): xox[abposre]- then numeric team/user ids and a final segment
// that mixes letters in; configuration tokens (xoxe.xox[bp]-, xoxe-) and app-level tokens (xapp-).
// Bot/user ids shorter than 6 digits are documentation ("xoxp-1234-…"); the last segment must
// carry a letter (all-digit tails are truncations).
export const slackToken = secretDetector({
  id: 'secrets/slack-token',
  label: { one: 'a Slack token', many: 'Slack tokens' },
  keywords: ['xox', 'xapp-'],
  patterns: [
    { name: 'bot-user', regex: /(?<![\w-])xox[bpe]-(?:\d-)?\d{6,14}(?:-\d{6,14}){0,3}-[A-Za-z0-9]{8,64}(?![\w#-])/g, score: 0.95 },
    { name: 'legacy', regex: /(?<![\w-])xox[os]-\d{1,14}(?:-\d{1,14}){2,3}-[a-fA-F0-9]{6,64}(?![\w#-])/g, score: 0.9 },
    { name: 'workspace-refresh', regex: /(?<![\w-])xox[ar]-(?:\d-)?(?:\d{6,14}-){0,3}[A-Za-z0-9]{8,64}(?![\w#-])/g, score: 0.9 },
    { name: 'config-access', regex: /(?<![\w-])xoxe\.xox[bp]-\d-[A-Za-z0-9]{163,166}(?![\w-])/g, score: 0.95 },
    { name: 'config-refresh', regex: /(?<![\w-])xoxe-\d-[A-Za-z0-9]{146}(?![\w-])/g, score: 0.95 },
    { name: 'app-level', regex: /(?<![\w-])xapp-\d-[A-Z0-9]{8,16}-\d{8,16}-[a-z0-9]{32,128}(?![\w-])/g, score: 0.95 },
  ],
  check: (v) => /[A-Za-z]/.test(v.slice(v.lastIndexOf('-') + 1)),
});
