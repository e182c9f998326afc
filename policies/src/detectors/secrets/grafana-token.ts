import { secretDetector } from './define';

// gitleaks `grafana-api-key` (eyJrIjoi…), `grafana-cloud-api-token` (glc_) and
// `grafana-service-account-token` (glsa_ + 32 + _ + 8 hex).
export const grafanaToken = secretDetector({
  id: 'secrets/grafana-token',
  label: { one: 'a Grafana token', many: 'Grafana tokens' },
  keywords: ['eyjrijoi', 'glc_', 'glsa_'],
  patterns: [
    { name: 'api-key', regex: /(?<![\w-])eyJrIjoi[A-Za-z0-9]{70,400}={0,3}(?![\w=])/g, score: 0.95 },
    { name: 'cloud', regex: /(?<![\w-])glc_[A-Za-z0-9+/]{32,400}={0,3}(?![\w+/=])/g, score: 0.95 },
    { name: 'service-account', regex: /(?<![\w-])glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}(?![\w-])/g, score: 0.95 },
  ],
  minEntropy: 3,
});
