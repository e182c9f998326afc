import type { LineFormat } from '../line-format';
import { parseSyslogTime } from '../text';

// dnsmasq / Pi-hole (pihole.log) query lines:
// Jan  1 00:00:01 dnsmasq[1234]: query[A] chatgpt.com from 192.168.1.10
// Pi-hole FTL also writes `query[AAAA] … from …`; forwarded/reply/cached lines are not queries.

const QUERY = /^([A-Z][a-z]{2} +\d{1,2} \d{2}:\d{2}:\d{2}) (?:\S+ )?(?:dnsmasq|pihole-FTL)\[\d+\]: (?:\d+ [^ ]+ )?query\[([A-Za-z0-9]+)\] (\S+) from (\S+)/;

export const dnsmasqFormat: LineFormat = {
  id: 'dnsmasq',
  detect: (lines) => lines.some((l) => /(dnsmasq|pihole-FTL)\[\d+\]: /.test(l)),
  create: ({ referenceMs }) => {
    const year = new Date(referenceMs).getUTCFullYear();
    return (line) => {
      if (!line.includes(': query[')) return line.includes('dnsmasq') || line.includes('pihole') ? 'skip' : 'bad';
      const m = QUERY.exec(line);
      if (!m) return 'bad';
      return { tsMs: parseSyslogTime(m[1]!, year), client: m[4]!, host: m[3]!, kind: 'dns', bytesUp: 0, bytesDown: 0 };
    };
  },
};
