import { secretDetector } from './define';

// gitleaks `github-pat`, `-oauth`, `-app-token`, `-refresh-token` (gh[pousr]_ + 36 base62) and
// `github-fine-grained-pat` (github_pat_ + 82 word characters).
export const githubToken = secretDetector({
  id: 'secrets/github-token',
  label: { one: 'a GitHub token', many: 'GitHub tokens' },
  keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
  patterns: [
    { name: 'classic', regex: /(?<![\w-])gh[pousr]_[A-Za-z0-9]{36}(?![\w-])/g, score: 0.97 },
    { name: 'fine-grained', regex: /(?<![\w-])github_pat_\w{82}(?![\w-])/g, score: 0.97 },
  ],
  minEntropy: 3,
});
