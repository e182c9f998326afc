import type { LineFormat } from '../line-format';
import { hostOfUrl, num, parseYmdHms, splitQuotedSpaces } from '../text';

// Symantec/Blue Coat ProxySG access log in ELFF/W3C form: `#Fields:` names the columns (the default
// bcreportermain_v1 set is used until a header arrives). Times are UTC as ELFF specifies.

const DEFAULT_FIELDS = 'date time time-taken c-ip cs-username cs-auth-group x-exception-id sc-filter-result cs-categories cs(Referer) sc-status s-action cs-method rs(Content-Type) cs-uri-scheme cs-host cs-uri-port cs-uri-path cs-uri-query cs-uri-extension cs(User-Agent) s-ip sc-bytes cs-bytes x-virus-id'.split(' ');

export const proxysgFormat: LineFormat = {
  id: 'proxysg',
  detect: (lines) => lines.some((l) => l.startsWith('#Software: SGOS') || (l.startsWith('#Fields:') && l.includes('c-ip') && l.includes('cs-host'))),
  create: () => {
    let idx = new Map(DEFAULT_FIELDS.map((f, i) => [f, i]));
    return (line) => {
      if (line.startsWith('#')) {
        if (line.startsWith('#Fields:')) idx = new Map(line.slice(8).trim().split(/\s+/).map((f, i) => [f, i]));
        return 'skip';
      }
      const cols = splitQuotedSpaces(line);
      const get = (f: string): string | undefined => { const i = idx.get(f); const v = i === undefined ? undefined : cols[i]; return v === '-' ? undefined : v; };
      const tsMs = parseYmdHms(`${get('date') ?? ''} ${get('time') ?? ''}`);
      const host = get('cs-host') ?? hostOfUrl(get('cs-uri') ?? get('cs-uri-stem') ?? '');
      const ip = get('c-ip');
      if (Number.isNaN(tsMs) || !host || !ip) return line.trim() === '' ? 'skip' : 'bad';
      const user = get('cs-username');
      const method = get('cs-method');
      return { tsMs, client: user ?? ip, host, kind: method === 'CONNECT' ? 'tls' : 'http', bytesUp: num(get('cs-bytes')), bytesDown: num(get('sc-bytes')) };
    };
  },
};
