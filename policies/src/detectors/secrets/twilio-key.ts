import { namedValue, secretDetector } from './define';

// gitleaks `twilio-api-key`: SK + 32 hex. Account SIDs (AC + 32 hex) identify rather than authorise,
// so they count only beside Twilio context; the 32-hex auth token only when named.
export const twilioKey = secretDetector({
  id: 'secrets/twilio-key',
  label: { one: 'a Twilio credential', many: 'Twilio credentials' },
  keywords: ['sk', 'ac', 'twilio'],
  patterns: [
    { name: 'api-key-sid', regex: /(?<![\w-])SK[0-9a-fA-F]{32}(?![\w-])/g, score: 0.85 },
    { name: 'account-sid', regex: /(?<![\w-])AC[0-9a-f]{32}(?![\w-])/g, score: 0.4 },
    { name: 'auth-token', regex: namedValue('twilio[\\w.\\-]{0,20}(?:auth|token|secret)', String.raw`[a-f0-9]{32}(?![\w-])`, 'i'), score: 0.85 },
  ],
  context: ['twilio', 'account sid', 'auth token', 'auth_token'],
  minScoreWithoutContext: 0.5,
  minEntropy: 3,
});
