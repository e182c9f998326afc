import { secretDetector } from './define';

const HEADER = String.raw`-----BEGIN[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-----`;
const FOOTER = String.raw`-----END[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-----`;
// The body may not contain "-----", so a lazy scan from one header stops at the next header or
// footer: total work stays linear however many headers a text holds.
const BODY = String.raw`(?:[^-]|-(?!----)){1,16000}?`;

/** What lies between header and footer once whitespace and JSON "\n" escapes are gone. */
function keyBody(block: string): string {
  return block.replace(/-----(?:BEGIN|END)[^-]*-----/g, '').replace(/\\n|\s/g, '');
}

// PEM / OpenSSH / PGP private key blocks (RSA, EC, DSA, ENCRYPTED, OPENSSH, PGP … BLOCK). A header
// followed by key text but no footer (a truncated paste) still counts.
export const privateKey = secretDetector({
  id: 'secrets/private-key',
  label: { one: 'a private key', many: 'private keys' },
  keywords: ['-----begin'],
  patterns: [
    { name: 'block', regex: new RegExp(`${HEADER}${BODY}${FOOTER}`, 'g'), score: 0.99 },
    { name: 'truncated', regex: new RegExp(String.raw`${HEADER}[A-Za-z0-9+/=\s\\:,.]{0,16000}`, 'g'), score: 0.9 },
  ],
  // Key bodies are random base64 and can contain any "word"; only an empty or one-character body is fake.
  placeholders: false,
  check: (v) => {
    const body = keyBody(v);
    return body.length >= 8 && !/^(.)\1*$/.test(body) && !body.includes('...');
  },
});
