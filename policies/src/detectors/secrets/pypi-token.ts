import { secretDetector } from './define';

// PyPI upload tokens are macaroons: "pypi-" + base64 of a header naming pypi.org or test.pypi.org.
// Real tokens run past 150 characters; 70+ after the header (detect-secrets) rules out fragments.
export const pypiToken = secretDetector({
  id: 'secrets/pypi-token',
  label: { one: 'a PyPI token', many: 'PyPI tokens' },
  keywords: ['pypi-ag'],
  patterns: [{ name: 'macaroon', regex: /(?<![\w-])pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[\w-]{70,1000}(?![\w-])/g, score: 0.97 }],
  minEntropy: 3,
});
