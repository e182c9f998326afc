import { secretDetector } from './define';

// gitleaks `openshift-user-token`: "sha256~" + 43 characters, entropy ≥ 3.5.
export const openshiftToken = secretDetector({
  id: 'secrets/openshift-token',
  label: { one: 'an OpenShift token', many: 'OpenShift tokens' },
  keywords: ['sha256~'],
  patterns: [{ name: 'openshift-token', regex: /(?<![\w-])sha256~[\w-]{43}(?![\w-])/g, score: 0.9 }],
  minEntropy: 3.5,
});
