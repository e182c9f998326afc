import type { LineFormat } from '../line-format';
import { hostOfUrl, monthIndex, num } from '../text';

// Squid `logformat combined` (Apache combined plus Squid's status:hierarchy):
// 10.0.0.5 - alice [21/Nov/2026:10:00:00 +0000] "CONNECT api.openai.com:443 HTTP/1.1" 200 5120 "-" "curl/8" TCP_TUNNEL:HIER_DIRECT

const LINE = /^(\S+) \S+ (\S+) \[(\d{2})\/(\w{3})\/(\d{4}):(\d{2}):(\d{2}):(\d{2})(?: ([+-])(\d{2})(\d{2}))?\] "(\S+) (\S+)[^"]*" (\d{3}) (\d+|-)/;

export const squidCombinedFormat: LineFormat = {
  id: 'squid-combined',
  detect: (lines) => lines.some((l) => LINE.test(l) && /(TCP_|UDP_|NONE)[A-Z_]*[:/]/.test(l)),
  create: () => (line) => {
    const m = LINE.exec(line);
    if (!m) return line.trim() === '' ? 'skip' : 'bad';
    const mon = monthIndex(m[4]!);
    if (mon === undefined) return 'bad';
    const offsetMin = m[9] ? (m[9] === '-' ? -1 : 1) * (+m[10]! * 60 + +m[11]!) : 0;
    const tsMs = Date.UTC(+m[5]!, mon, +m[3]!, +m[6]!, +m[7]!, +m[8]!) - offsetMin * 60_000;
    const host = hostOfUrl(m[13]!);
    if (!host) return 'bad';
    const user = m[2]!;
    return { tsMs, client: user !== '-' ? user : m[1]!, host, kind: m[12] === 'CONNECT' ? 'tls' : 'http', bytesUp: 0, bytesDown: num(m[15]) };
  },
};
