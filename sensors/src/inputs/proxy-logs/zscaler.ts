import type { LineFormat } from '../line-format';
import { hostOfUrl, num, splitCsv } from '../text';

// Zscaler ZIA NSS web feed. JSON (Splunk-style `{ "sourcetype": "zscalernss-web", "event": {…} }`
// or the bare event object) and the common CSV feed, whose default column order is the JSON's
// (time, login, proto, eurl, action, appname, appclass, reqsize, respsize, …, dept, cip, …); a CSV
// header line naming the columns overrides that order. The client is `login`, else `cip`.

const CSV_COLUMNS = ['time', 'login', 'proto', 'eurl', 'action', 'appname', 'appclass', 'reqsize', 'respsize', 'stime', 'ctime', 'urlclass', 'urlsupercat', 'urlcat', 'malwarecat', 'threatname', 'riskscore', 'dlpeng', 'dlpdict', 'location', 'dept', 'cip', 'sip', 'reqmethod', 'respcode', 'ua'];

function zscalerTime(v: unknown): number {
  if (typeof v === 'number') return v < 1e12 ? v * 1000 : v;
  if (typeof v !== 'string') return NaN;
  if (/^\d+$/.test(v)) return Number(v) * (v.length <= 10 ? 1000 : 1);
  // 'Fri Dec 31 07:07:07 2021' — NSS writes the feed's configured zone; read as UTC.
  const m = /^\w{3} (\w{3}) +(\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/.exec(v);
  if (m) return Date.parse(`${m[1]} ${m[2]} ${m[6]} ${m[3]}:${m[4]}:${m[5]} UTC`);
  return Date.parse(v);
}

function fromRecord(get: (k: string) => unknown) {
  const url = String(get('eurl') ?? get('url') ?? '');
  const host = String(get('ehost') ?? get('host') ?? '') || hostOfUrl(url);
  const login = String(get('login') ?? get('elogin') ?? '');
  const client = login && login !== 'None' ? login : String(get('cip') ?? '');
  const tsMs = zscalerTime(get('time') ?? get('epochtime'));
  if (!host || !client || Number.isNaN(tsMs)) return 'bad' as const;
  const dept = String(get('dept') ?? get('edept') ?? '');
  const s = { tsMs, client, host, kind: 'http' as const, bytesUp: num(String(get('reqsize') ?? '')), bytesDown: num(String(get('respsize') ?? '')) };
  return dept && dept !== 'Unknown' && dept !== 'None' ? { ...s, department: dept } : s;
}

export const zscalerFormat: LineFormat = {
  id: 'zscaler',
  detect: (lines) => lines.some((l) => l.includes('zscalernss-web') || (l.startsWith('{') && l.includes('"eurl"')) || /(^|,)"?eurl"?(,|$)/.test(l)),
  create: () => {
    let idx = new Map(CSV_COLUMNS.map((c, i) => [c, i]));
    return (line) => {
      if (line.startsWith('{')) {
        let obj: unknown;
        try { obj = JSON.parse(line); } catch { return 'bad'; }
        if (!obj || typeof obj !== 'object') return 'bad';
        const o = obj as Record<string, unknown>;
        const ev = (o.event && typeof o.event === 'object' ? o.event : o) as Record<string, unknown>;
        return fromRecord((k) => ev[k]);
      }
      const cols = splitCsv(line);
      if (cols.includes('eurl') || cols.includes('url')) { idx = new Map(cols.map((c, i) => [c, i])); return 'skip'; }
      if (cols.length < 4) return line.trim() === '' ? 'skip' : 'bad';
      return fromRecord((k) => { const i = idx.get(k); return i === undefined ? undefined : cols[i]; });
    };
  },
};
