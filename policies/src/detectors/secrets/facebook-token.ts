import { namedValue, secretDetector } from './define';

// gitleaks `facebook-page-access-token` (EAAM/EAAC + 100+ characters, entropy ≥ 4),
// `facebook-access-token` (app id|app secret) and `facebook-secret` (32 hex named facebook…).
export const facebookToken = secretDetector({
  id: 'secrets/facebook-token',
  label: { one: 'a Facebook token', many: 'Facebook tokens' },
  keywords: ['eaam', 'eaac', 'facebook'],
  patterns: [
    { name: 'page-access-token', regex: /(?<![\w-])EAA[MC][A-Za-z0-9]{100,400}(?![\w-])/g, score: 0.9 },
    { name: 'app-access-token', regex: /(?<![\w-])\d{15,16}(?:\||%7C)[0-9A-Za-z_-]{27,40}(?![\w-])/g, score: 0.45 },
    { name: 'app-secret', regex: namedValue('facebook', String.raw`[a-f0-9]{32}(?![\w-])`, 'i'), score: 0.85 },
  ],
  context: ['facebook', 'access_token', 'graph.facebook'],
  minScoreWithoutContext: 0.5,
  minEntropy: 3,
});
