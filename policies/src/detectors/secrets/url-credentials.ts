import { isStandInCredential } from './credential-words';
import { secretDetector } from './define';

// Basic-auth credentials inside any other URL (https://user:pass@host, ftp://…, git+https://…);
// database schemes belong to secrets/connection-string. The finding is the password only.
export const urlCredentials = secretDetector({
  id: 'secrets/url-credentials',
  label: { one: 'a password in a URL', many: 'passwords in URLs' },
  keywords: ['://'],
  patterns: [
    {
      name: 'userinfo',
      regex: /(?<=\b(?:https?|ftps?|sftp|ssh|git(?:\+https?|\+ssh)?|wss?|smtps?|imaps?|ldaps?|svn|s3|sftp):\/\/[^\s:/@'"<>]{1,64}:)[^\s:/@'"<>]{1,128}(?=@[\w[])/gi,
      score: 0.85,
    },
  ],
  placeholders: false,
  check: (v) => !isStandInCredential(v),
});
