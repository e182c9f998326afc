import { hasUpperAndLower, secretDetector } from './define';

// gitleaks `huggingface-access-token` (hf_) and `huggingface-organization-api-token` (api_org_):
// 34 letters. Real tokens mix case; identifiers like hf_servingcellpriority… do not.
export const huggingfaceToken = secretDetector({
  id: 'secrets/huggingface-token',
  label: { one: 'a Hugging Face token', many: 'Hugging Face tokens' },
  keywords: ['hf_', 'api_org_'],
  patterns: [{ name: 'hf', regex: /(?<![\w-])(?:hf_|api_org_)[A-Za-z]{34}(?![\w-])/g, score: 0.9 }],
  minEntropy: 3.5,
  check: hasUpperAndLower,
});
