import type { Detector } from '../types';

export const email: Detector = {
  id: 'pii/email',
  entity: 'EMAIL_ADDRESS',
  label: { one: 'an email address', many: 'email addresses' },
  keywords: ['@'],
  patterns: [
    {
      name: 'rfc5322-ish',
      // Local part and labels are bounded so the regex stays linear on '@@@…' walls; the TLD may be
      // an IDN in punycode (xn--…).
      regex: /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}(?:xn--[A-Za-z0-9]{1,59}|[A-Za-z]{2,24})\b(?!@)/g,
      score: 0.9,
    },
  ],
  context: ['email', 'e-mail', 'mail', 'courriel', 'correo', 'contact'],
};
