import type { LineFormat } from '../line-format';
import { hostOfUrl, num } from '../text';

// Squid native access.log: time elapsed client code/status bytes method URL user hierarchy/peer type
// 1157689312.049   5006 10.105.21.199 TCP_MISS/200 19763 CONNECT login.yahoo.com:443 badeyek DIRECT/175.16.199.115 -
// Extended variants that add a client port after the address and/or an HTTP version after the URL
// (Elastic's squid "extensive" logformat) are read too: fields are found by shape, not position.
// The client is the authenticated user when there is one, else the address. Hot path: no regex.

const METHODS = new Set(['GET', 'POST', 'PUT', 'HEAD', 'DELETE', 'OPTIONS', 'PATCH', 'CONNECT', 'TRACE', 'PROPFIND', 'NONE', 'ICP_QUERY', 'PURGE']);
const MAX_FIELDS = 16; // the extended variants put the user field as far as 14th
// Field boundaries only: a field becomes a string when it is needed (6 of 10 on a native line).
const starts = new Int32Array(MAX_FIELDS);
const ends = new Int32Array(MAX_FIELDS);

function tokenize(line: string): number {
  let n = 0;
  let i = 0;
  const len = line.length;
  while (i < len && n < MAX_FIELDS) {
    while (line.charCodeAt(i) === 32) i++;
    if (i >= len) break;
    let j = line.indexOf(' ', i);
    if (j < 0) j = len;
    starts[n] = i;
    ends[n++] = j;
    i = j;
  }
  return n;
}

const field = (line: string, k: number): string => line.slice(starts[k]!, ends[k]!);
const hasSlash = (line: string, k: number): boolean => { const p = line.indexOf('/', starts[k]!); return p >= 0 && p < ends[k]!; };

export const squidFormat: LineFormat = {
  id: 'squid',
  detect: (lines) => lines.some((l) => /^\d{9,10}\.\d{3} +\d+ \S+ (\d+ )?[A-Z_]+\/\d{3} \d+ /.test(l)),
  create: () => (line) => {
    const n = tokenize(line);
    if (n < 7) return line.trim() === '' ? 'skip' : 'bad';
    const tsMs = Number(field(line, 0)) * 1000;
    const c = hasSlash(line, 3) ? 3 : 4; // code/status; one further if a client port sits before it
    if (!hasSlash(line, c) || Number.isNaN(tsMs)) return 'bad';
    let m = c + 2;
    let method = '';
    for (; m < n; m++) { method = field(line, m); if (METHODS.has(method)) break; }
    if (m + 1 >= n) return 'bad';
    const host = hostOfUrl(field(line, m + 1));
    if (!host) return method === 'NONE' ? 'skip' : 'bad';
    let u = m + 2;
    if (u < n && ends[u]! - starts[u]! === 3 && line.charCodeAt(starts[u]! + 1) === 46) u++; // "1.1": HTTP version in extended formats
    const user = u < n ? field(line, u) : '-';
    return { tsMs, client: user !== '-' && user !== '' ? user : field(line, 2), host, kind: method === 'CONNECT' ? 'tls' : 'http', bytesUp: 0, bytesDown: num(field(line, c + 1)) };
  },
};
