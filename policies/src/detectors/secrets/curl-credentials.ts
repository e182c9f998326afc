import { isStandInCredential } from './credential-words';
import { secretDetector } from './define';

// gitleaks `curl-auth-user`: the password in `curl -u user:password` / `--user "user:password"` —
// prompts often carry pasted curl commands. Group 1 (with the 'd' flag) is the password alone.
export const curlCredentials = secretDetector({
  id: 'secrets/curl-credentials',
  label: { one: 'a password in a curl command', many: 'passwords in curl commands' },
  keywords: ['curl'],
  patterns: [
    {
      name: 'user-option',
      regex: /\bcurl\b[^\n]{0,400}?[ \t](?:-u|--user)(?:=|[ \t]{1,5})["']?[^\s"':<>]{0,64}:["']?([^\s"'<>]{3,128})["']?(?=\s|$)/dg,
      score: 0.85,
    },
  ],
  placeholders: false,
  check: (v) => !isStandInCredential(v),
});
