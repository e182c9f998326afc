import type { LineFormat } from '../line-format';
import { parseYmdHms, splitCsv } from '../text';

// Cisco Umbrella DNS log (S3 export, CSV): timestamp, most granular identity, identities, internal IP,
// external IP, action, query type, response code, domain, categories, … The client is the internal IP
// so it lines up with packet captures and --identity maps.

const FIRST = /^"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}",/;

export const umbrellaDnsFormat: LineFormat = {
  id: 'umbrella-dns',
  detect: (lines) => lines.some((l) => FIRST.test(l) && /^\d+ \([A-Z0-9]+\)$/.test(splitCsv(l)[6] ?? '')),
  create: () => (line) => {
    const c = splitCsv(line);
    if (c.length < 9) return 'bad';
    const tsMs = parseYmdHms(c[0]!);
    const client = c[3] || c[1] || '';
    const host = c[8]!;
    if (!host || Number.isNaN(tsMs)) return 'bad';
    return { tsMs, client, host, kind: 'dns', bytesUp: 0, bytesDown: 0 };
  },
};
