import type { LineFormat } from '../line-format';
import { hostOfUrl, parseYmdHms, splitCsv } from '../text';

// Palo Alto PAN-OS THREAT log, subtype url (the URL filtering log), as syslog CSV:
// <syslog prefix> 1,receive time,serial,THREAT,url,…,generated time,src,dst,natsrc,natdst,rule,srcuser,…
// Field positions per the PAN-OS syslog field description (misc/URL is field 31 after FUTURE_USE).
// Times carry no zone; they are read as UTC. TRAFFIC and other threat subtypes name no host: skipped.

const SRC = 7;
const SRC_USER = 12;
const TYPE = 3;
const SUBTYPE = 4;
const GENERATED = 6;
const URL = 31;

export const panosFormat: LineFormat = {
  id: 'panos',
  detect: (lines) => lines.some((l) => /,(THREAT|TRAFFIC|URL),/.test(l) && /\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}/.test(l)),
  create: () => (line) => {
    // The CSV starts at the first field that is the FUTURE_USE '1' before the receive time.
    const start = line.search(/(^|\s)\d+,\d{4}\/\d{2}\/\d{2} /);
    if (start < 0) return line.trim() === '' ? 'skip' : 'bad';
    const c = splitCsv(line.slice(start).trimStart());
    const type = c[TYPE];
    if (type !== 'THREAT' && type !== 'URL') return type === 'TRAFFIC' || type === 'SYSTEM' || type === 'CONFIG' ? 'skip' : 'bad';
    if (type === 'THREAT' && c[SUBTYPE] !== 'url') return 'skip';
    const tsMs = parseYmdHms(c[GENERATED] ?? '');
    const host = hostOfUrl(c[URL] ?? '');
    const ip = c[SRC];
    if (Number.isNaN(tsMs) || !host || !ip) return 'bad';
    const user = c[SRC_USER];
    return { tsMs, client: user || ip, host, kind: 'http', bytesUp: 0, bytesDown: 0 };
  },
};
