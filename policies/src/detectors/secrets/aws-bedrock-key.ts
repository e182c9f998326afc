import { secretDetector } from './define';

// gitleaks `aws-amazon-bedrock-api-key-long-lived`: "ABSK" + base64 of "BedrockAPIKey-…".
// AWS's own documentation keys spell EXAMPLE inside the base64, so that word is not a placeholder here.
export const awsBedrockKey = secretDetector({
  id: 'secrets/aws-bedrock-key',
  label: { one: 'an Amazon Bedrock API key', many: 'Amazon Bedrock API keys' },
  keywords: ['absk'],
  patterns: [{ name: 'long-lived', regex: /(?<![\w+/])ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{91,251}={0,2}(?![\w+/=])/g, score: 0.95 }],
  placeholders: { allow: ['example'] },
  minEntropy: 3,
});
