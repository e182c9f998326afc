import { secretDetector } from './define';

// gitleaks `azure-ad-client-secret`: Entra ID app secrets carry "<3 chars><digit>Q~" then 31–34
// characters, delimited by quotes, whitespace or punctuation; entropy ≥ 3.
export const azureAdClientSecret = secretDetector({
  id: 'secrets/azure-ad-client-secret',
  label: { one: 'an Azure AD client secret', many: 'Azure AD client secrets' },
  keywords: ['q~'],
  patterns: [
    {
      name: 'q-tilde',
      regex: /(?<=^|[\\'"\x60\s>=:(,)])[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?=$|[\\'"\x60\s<),])/g,
      score: 0.9,
    },
  ],
  minEntropy: 3,
});
