import { secretDetector } from './define';

// Telegram bot tokens: numeric bot id, ":AA", 33 more characters (detect-secrets; gitleaks
// `telegram-bot-api-token` needs a telegram name, which prompts rarely carry).
export const telegramBotToken = secretDetector({
  id: 'secrets/telegram-bot-token',
  label: { one: 'a Telegram bot token', many: 'Telegram bot tokens' },
  keywords: [':aa'],
  patterns: [{ name: 'bot-token', regex: /(?<![\w:])\d{8,10}:AA[\w-]{33}(?![\w-])/g, score: 0.9 }],
  context: ['telegram', 'bot'],
  minEntropy: 3,
});
