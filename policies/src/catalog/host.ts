/**
 * Hostname normalisation shared by the matcher and looksLikeAi: what a DNS log, an SNI, a proxy
 * log or a browser hands us becomes one canonical ASCII form, so every input agrees on one key.
 */

const PLAIN = /^[a-z0-9.-]+$/;
const NON_ASCII = /[\u0080-\uffff]/; // surrogate pairs fall in this range too
// Ideographic and full-width full stops are label separators in IDNA (UTS #46).
const IDNA_DOTS = /[\u3002\uff0e\uff61]/g;

/** Lower-case, no port, no trailing dot, IDN labels as punycode ('münchen.de' → 'xn--mnchen-3ya.de'). */
export function normalizeHost(input: string): string {
  let h = input;
  if (!PLAIN.test(h)) {
    h = h.trim().toLowerCase();
    if (h.startsWith('[')) {
      // IPv6 literal, maybe with a port: keep the brackets so it stays an IP literal.
      const end = h.indexOf(']');
      return end > 0 ? h.slice(0, end + 1) : h;
    }
    const colon = h.indexOf(':');
    if (colon >= 0 && colon === h.lastIndexOf(':') && /^\d*$/.test(h.slice(colon + 1))) h = h.slice(0, colon);
    if (NON_ASCII.test(h)) h = toAscii(h);
  }
  while (h.endsWith('.')) h = h.slice(0, -1);
  return h;
}

/** IP literals and reverse-DNS (PTR) names are never an app, whatever their labels say. */
export function isIpOrPtr(h: string): boolean {
  if (h.length === 0 || h.includes(':') || h.startsWith('[')) return true;
  const last = h.lastIndexOf('.') + 1;
  if (h.endsWith('arpa') && (last === 0 || h.length - last === 4)) return true;
  // A TLD is never all digits, so an all-digit last label means an IPv4 literal (or an odd numeric form of one).
  for (let i = last; i < h.length; i++) {
    const c = h.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function toAscii(h: string): string {
  return h
    .normalize('NFKC')
    .toLowerCase()
    .replace(IDNA_DOTS, '.')
    .split('.')
    .map((label) => (NON_ASCII.test(label) ? 'xn--' + punycode(label) : label))
    .join('.');
}

// RFC 3492 Bootstring parameters for Punycode.
const BASE = 36, TMIN = 1, TMAX = 26, SKEW = 38, DAMP = 700, INITIAL_BIAS = 72, INITIAL_N = 128;

function adapt(delta: number, numPoints: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / numPoints);
  let k = 0;
  while (d > ((BASE - TMIN) * TMAX) >> 1) {
    d = Math.floor(d / (BASE - TMIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - TMIN + 1) * d) / (d + SKEW));
}

const digit = (d: number): string => String.fromCharCode(d < 26 ? d + 97 : d + 22);

/** Punycode-encode one label (without the 'xn--' prefix). */
export function punycode(label: string): string {
  const cps = Array.from(label, (c) => c.codePointAt(0) ?? 0);
  let out = '';
  for (const c of cps) if (c < 0x80) out += String.fromCharCode(c);
  const basic = out.length;
  let handled = basic;
  if (basic > 0) out += '-';
  let n = INITIAL_N, delta = 0, bias = INITIAL_BIAS;
  while (handled < cps.length) {
    let m = Number.MAX_SAFE_INTEGER;
    for (const c of cps) if (c >= n && c < m) m = c;
    delta += (m - n) * (handled + 1);
    n = m;
    for (const c of cps) {
      if (c < n) delta++;
      if (c !== n) continue;
      let q = delta;
      for (let k = BASE; ; k += BASE) {
        const t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
        if (q < t) break;
        out += digit(t + ((q - t) % (BASE - t)));
        q = Math.floor((q - t) / (BASE - t));
      }
      out += digit(q);
      bias = adapt(delta, handled + 1, handled === basic);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return out;
}

/** Second-level public suffixes common enough in our data to matter for "registrable domain". */
const TWO_LEVEL = new Set([
  'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'com.cn', 'net.cn', 'org.cn', 'gov.cn', 'com.au', 'net.au', 'co.jp',
  'ne.jp', 'co.kr', 'com.br', 'co.in', 'com.tw', 'com.hk', 'com.sg', 'co.nz', 'co.za', 'com.mx', 'com.tr',
]);

/** eTLD+1, approximated with a short list of two-level suffixes (no full Public Suffix List in the core). */
export function registrableDomain(h: string): string {
  const parts = h.split('.');
  if (parts.length <= 2) return h;
  const lastTwo = parts.slice(-2).join('.');
  return TWO_LEVEL.has(lastTwo) ? parts.slice(-3).join('.') : lastTwo;
}
