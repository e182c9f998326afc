import { secretDetector } from './define';

// Discord bot tokens: base64 of the numeric bot id (so it starts M, N or O), a 6-character
// timestamp and a 27–38 character HMAC, dot-separated (detect-secrets' DiscordBotTokenDetector).
export const discordBotToken = secretDetector({
  id: 'secrets/discord-bot-token',
  label: { one: 'a Discord bot token', many: 'Discord bot tokens' },
  keywords: ['.'],
  patterns: [{ name: 'bot-token', regex: /(?<![\w-])[MNO][\w-]{23,25}\.[\w-]{6}\.[\w-]{27,38}(?![\w-])/g, score: 0.85 }],
  minEntropy: 3.5,
});
