import { secretDetector } from './define';

// gitleaks `anthropic-api-key`: sk-ant-api03- + 93 characters + "AA".
export const anthropicApiKey = secretDetector({
  id: 'secrets/anthropic-api-key',
  label: { one: 'an Anthropic API key', many: 'Anthropic API keys' },
  keywords: ['sk-ant-api03'],
  patterns: [{ name: 'api03', regex: /(?<![\w-])sk-ant-api03-[\w-]{93}AA(?![\w-])/g, score: 0.98 }],
});
