// Small, allocation-light helpers shared by the line parsers.

/** One CSV record on one line (RFC 4180 quoting; spaces before a quoted field are tolerated). */
export function splitCsv(line: string, sep = ','): string[] {
  if (line.indexOf('"') < 0) return line.split(sep);
  const out: string[] = [];
  let i = 0;
  const n = line.length;
  while (i <= n) {
    if (line[i] === ' ') {
      let j = i;
      while (line[j] === ' ') j++;
      if (line[j] === '"') i = j;
    }
    if (line[i] === '"') {
      let v = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) { v += line.slice(i); i = n; break; }
        v += line.slice(i, q);
        if (line[q + 1] === '"') { v += '"'; i = q + 2; continue; }
        i = q + 1;
        break;
      }
      out.push(v);
      const next = line.indexOf(sep, i);
      i = next < 0 ? n + 1 : next + 1;
    } else {
      const next = line.indexOf(sep, i);
      out.push(next < 0 ? line.slice(i) : line.slice(i, next));
      i = next < 0 ? n + 1 : next + 1;
    }
  }
  return out;
}

/** Space-separated fields where "quoted strings" are one field (W3C/ELFF). */
export function splitQuotedSpaces(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  const n = line.length;
  while (i < n) {
    while (i < n && (line[i] === ' ' || line[i] === '\t')) i++;
    if (i >= n) break;
    if (line[i] === '"') {
      const q = line.indexOf('"', i + 1);
      out.push(q < 0 ? line.slice(i + 1) : line.slice(i + 1, q));
      i = q < 0 ? n : q + 1;
    } else {
      let j = i;
      while (j < n && line[j] !== ' ' && line[j] !== '\t') j++;
      out.push(line.slice(i, j));
      i = j;
    }
  }
  return out;
}

/**
 * Host of a URL as proxies log it: 'http://h:80/p', 'h:443' (CONNECT), 'h/p' (Zscaler eurl),
 * '[v6]:443'. Returns '' when there is none.
 */
export function hostOfUrl(url: string): string {
  let s = 0;
  const scheme = url.indexOf('://');
  if (scheme >= 0 && scheme < 12) s = scheme + 3;
  const at = url.indexOf('@', s);
  const slash0 = url.indexOf('/', s);
  if (at >= 0 && (slash0 < 0 || at < slash0)) s = at + 1; // user:pass@host
  if (url[s] === '[') {
    const close = url.indexOf(']', s);
    return close < 0 ? '' : url.slice(s, close + 1);
  }
  let e = s;
  const n = url.length;
  while (e < n) {
    const c = url.charCodeAt(e);
    if (c === 47 || c === 58 || c === 63 || c === 35) break; // / : ? #
    e++;
  }
  return url.slice(s, e);
}

export function num(s: string | undefined): number {
  if (s === undefined || s === '' || s === '-') return 0;
  const v = Number(s);
  return Number.isFinite(v) && v >= 0 ? v : 0;
}

const MONTHS: Record<string, number> = { jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11 };

export function monthIndex(name: string): number | undefined {
  return MONTHS[name.slice(0, 3).toLowerCase()];
}

/** 'YYYY-MM-DD HH:MM:SS' or 'YYYY/MM/DD HH:MM:SS' (UTC; logs that carry no zone are read as UTC). */
export function parseYmdHms(s: string): number {
  const m = /^(\d{4})[-/](\d{2})[-/](\d{2})[ T](\d{2}):(\d{2}):(\d{2})(\.\d+)?/.exec(s);
  if (!m) return NaN;
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) + (m[7] ? Math.round(Number(m[7]) * 1000) : 0);
}

/** Syslog 'Mmm dd HH:MM:SS' has no year: the caller's reference year is used (the file's mtime). */
export function parseSyslogTime(s: string, year: number): number {
  const m = /^([A-Z][a-z]{2}) +(\d{1,2}) (\d{2}):(\d{2}):(\d{2})/.exec(s);
  if (!m) return NaN;
  const mon = monthIndex(m[1]!);
  return mon === undefined ? NaN : Date.UTC(year, mon, +m[2]!, +m[3]!, +m[4]!, +m[5]!);
}
