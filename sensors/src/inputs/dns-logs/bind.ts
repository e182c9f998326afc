import type { LineFormat } from '../line-format';
import { monthIndex, parseSyslogTime } from '../text';

// BIND 9 query log (category queries):
// 17-Feb-2018 23:06:56.326 queries: info: client @0x7f64500020ef 192.168.10.48#60061 (name): query: name IN A +E(0)K (server)
// Also accepted behind a syslog prefix, or with no timestamp at all (the reference time is used).

const QUERY = /client (?:@0x[0-9a-fA-F]+ )?([0-9a-fA-F.:]+)#\d+(?: \([^)]*\))?: (?:view [^:]+: )?query: (\S+) (?:IN|CH|HS|ANY|CLASS\d+) (\S+)/;
const BIND_TIME = /^(\d{2})-([A-Za-z]{3})-(\d{4}) (\d{2}):(\d{2}):(\d{2})(\.\d+)?/;

export const bindFormat: LineFormat = {
  id: 'bind',
  detect: (lines) => lines.some((l) => QUERY.test(l)),
  create: ({ referenceMs }) => {
    const year = new Date(referenceMs).getUTCFullYear();
    return (line) => {
      const m = QUERY.exec(line);
      if (!m) return line.includes('query: ') ? 'bad' : 'skip';
      let tsMs = referenceMs;
      const t = BIND_TIME.exec(line);
      if (t) {
        const mon = monthIndex(t[2]!);
        tsMs = mon === undefined ? NaN : Date.UTC(+t[3]!, mon, +t[1]!, +t[4]!, +t[5]!, +t[6]!) + (t[7] ? Math.round(Number(t[7]) * 1000) : 0);
      } else if (/^[A-Z][a-z]{2} /.test(line)) tsMs = parseSyslogTime(line, year);
      return { tsMs, client: m[1]!, host: m[2]!, kind: 'dns', bytesUp: 0, bytesDown: 0 };
    };
  },
};
