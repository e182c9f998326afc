import { decodeBase64Url } from './base64url';
import { secretDetector } from './define';

/** Score from the header: a JSON object naming "alg" or "typ" is a JWT; a near-miss is doubtful. */
function scoreJwt(token: string): number | false {
  const header = decodeBase64Url(token.slice(0, token.indexOf('.')));
  // Cheap shape test first: JSON.parse only runs on headers that can be a JWT header.
  if (header === null || !header.startsWith('{"') || !header.endsWith('}') || !/"(?:alg|typ)"/.test(header)) return false;
  try {
    const parsed: unknown = JSON.parse(header);
    if (parsed && typeof parsed === 'object' && ('alg' in parsed || 'typ' in parsed)) return 0.95;
    return false;
  } catch {
    // Corrupted bytes inside an otherwise well-formed header (a hand-edited sample) — still a token.
    return 0.6;
  }
}

// JWTs: base64url header and payload, both JSON objects (so both start "eyJ"), optional signature
// (unsigned and alg:none tokens still carry claims). Header must decode to JSON with alg/typ.
export const jwt = secretDetector({
  id: 'secrets/jwt',
  label: { one: 'a JSON Web Token', many: 'JSON Web Tokens' },
  keywords: ['eyj'],
  patterns: [
    {
      name: 'jws',
      regex: /(?<![\w-])eyJ[A-Za-z0-9_-]{10,2000}={0,2}\.eyJ[A-Za-z0-9_-]{2,8000}={0,2}(?:\.[A-Za-z0-9_\-+/]{0,2000}={0,2})?(?![\w-])/g,
      score: 0.95,
    },
  ],
  placeholders: false,
  check: scoreJwt,
});
