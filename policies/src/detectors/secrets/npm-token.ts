import { secretDetector } from './define';

// npm access tokens (gitleaks `npm-access-token`: npm_ + 36 base62) and any credential an .npmrc
// binds to a registry ("//host/path/:_authToken=…", detect-secrets' NpmDetector shape).
export const npmToken = secretDetector({
  id: 'secrets/npm-token',
  label: { one: 'an npm token', many: 'npm tokens' },
  keywords: ['npm_', ':_auth', ':_password'],
  patterns: [
    { name: 'npm-prefixed', regex: /(?<![\w-])npm_[A-Za-z0-9]{36}(?![\w-])/g, score: 0.95 },
    {
      name: 'npmrc-auth',
      regex: /(?<=\/\/[\w.-]{1,64}(?::\d{1,5})?(?:\/[\w.@%~-]{0,64}){0,4}\/:_(?:authToken|auth|password)\s{0,2}=\s{0,2})[^\s'"]{8,300}/g,
      score: 0.9,
    },
  ],
});
