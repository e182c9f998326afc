import type { LineFormat } from '../line-format';
import { hostOfUrl, num, parseYmdHms, splitCsv } from '../text';

// Cisco Umbrella secure web gateway (proxy) log, CSV: timestamp, identities, internal IP, external IP,
// destination IP, content type, verdict, URL, referer, user agent, status, request size, response
// size, response body size, SHA-256, categories, … The client is the internal IP (else the identity).

export const umbrellaProxyFormat: LineFormat = {
  id: 'umbrella-proxy',
  detect: (lines) => lines.some((l) => {
    if (!/^"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}",/.test(l)) return false;
    const c = splitCsv(l);
    return c.length >= 14 && /^[a-z][a-z0-9+.-]*:\/\//i.test(c[7] ?? '');
  }),
  create: () => (line) => {
    const c = splitCsv(line);
    if (c.length < 13) return line.trim() === '' ? 'skip' : 'bad';
    const tsMs = parseYmdHms(c[0]!);
    const host = hostOfUrl(c[7]!);
    const client = c[2] || c[1] || '';
    if (Number.isNaN(tsMs) || !host || !client) return 'bad';
    return { tsMs, client, host, kind: 'http', bytesUp: num(c[11]), bytesDown: num(c[12]) };
  },
};
