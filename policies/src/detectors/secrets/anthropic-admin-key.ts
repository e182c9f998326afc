import { secretDetector } from './define';

// gitleaks `anthropic-admin-api-key`: sk-ant-admin01- + 93 characters + "AA". Organisation-wide power.
export const anthropicAdminKey = secretDetector({
  id: 'secrets/anthropic-admin-key',
  label: { one: 'an Anthropic admin key', many: 'Anthropic admin keys' },
  keywords: ['sk-ant-admin01'],
  patterns: [{ name: 'admin01', regex: /(?<![\w-])sk-ant-admin01-[\w-]{93}AA(?![\w-])/g, score: 0.99 }],
});
