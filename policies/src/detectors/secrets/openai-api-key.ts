import { secretDetector } from './define';

// Every OpenAI key format (legacy sk-, sk-proj-, sk-svcacct-, sk-admin-) embeds "T3BlbkFJ",
// base64 of "OpenAI" — the anchor gitleaks keys on; it keeps look-alike sk- strings out.
export const openaiApiKey = secretDetector({
  id: 'secrets/openai-api-key',
  label: { one: 'an OpenAI API key', many: 'OpenAI API keys' },
  keywords: ['t3blbkfj'],
  patterns: [
    {
      name: 'openai-key',
      regex: /(?<![\w-])sk-(?:(?:proj|svcacct|admin|None)-)?[A-Za-z0-9_-]{20,74}T3BlbkFJ[A-Za-z0-9_-]{20,74}(?![\w-])/g,
      score: 0.98,
    },
  ],
  minEntropy: 3,
});
