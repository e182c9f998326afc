import { secretDetector } from './define';

// DeepSeek keys are "sk-" + 32 hex: shape alone collides with other sk- strings, so the key is
// kept only when "deepseek" appears nearby (context boost lifts 0.45 above the 0.5 floor).
export const deepseekApiKey = secretDetector({
  id: 'secrets/deepseek-api-key',
  label: { one: 'a DeepSeek API key', many: 'DeepSeek API keys' },
  keywords: ['deepseek'],
  patterns: [{ name: 'sk-hex32', regex: /(?<![\w-])sk-[a-f0-9]{32}(?![\w-])/g, score: 0.45 }],
  context: ['deepseek'],
  minScoreWithoutContext: 0.5,
  minEntropy: 3,
});
