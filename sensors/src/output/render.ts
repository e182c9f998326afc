import type { InventoryRow, UnknownHost } from '@protocol-zero/policies';
import type { InventoryStats } from '../inventory/inventory';

export interface Report { rows: InventoryRow[]; unknownHosts: UnknownHost[]; stats: InventoryStats; sources: Array<{ path: string; format: string }> }

const CSV_COLUMNS = ['appId', 'host', 'client', 'department', 'day', 'dnsQueries', 'tlsHandshakes', 'quicHandshakes', 'httpRequests', 'bytesUp', 'bytesDown', 'firstSeen', 'lastSeen'] as const;

export function renderJson(r: Report): string {
  return `${JSON.stringify(r, null, 2)}\n`;
}

function csvCell(v: unknown): string {
  const s = v === undefined ? '' : String(v);
  // Leading = + - @ would run as a formula in a spreadsheet: prefix with a quote (OWASP CSV injection).
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function renderCsv(r: Report): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of r.rows) lines.push(CSV_COLUMNS.map((c) => csvCell(row[c])).join(','));
  return `${lines.join('\n')}\n`;
}

function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n;
  let i = -1;
  while (v >= 1024 && i < units.length - 1) { v /= 1024; i++; }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[i]}`;
}

function table(header: string[], body: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const fmt = (cells: string[]): string => cells.map((c, i) => (i === 0 || i === 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [fmt(header), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(fmt)].join('\n');
}

/** Ranked per app: everything summed over hosts, clients and days; the busiest app first. */
export function renderTable(r: Report, limit = 50): string {
  const byApp = new Map<string, { hosts: Set<string>; clients: Set<string>; dns: number; tls: number; quic: number; http: number; up: number; down: number; first: string; last: string }>();
  for (const row of r.rows) {
    let a = byApp.get(row.appId);
    if (!a) { a = { hosts: new Set(), clients: new Set(), dns: 0, tls: 0, quic: 0, http: 0, up: 0, down: 0, first: row.firstSeen, last: row.lastSeen }; byApp.set(row.appId, a); }
    a.hosts.add(row.host); a.clients.add(row.client);
    a.dns += row.dnsQueries; a.tls += row.tlsHandshakes; a.quic += row.quicHandshakes; a.http += row.httpRequests;
    a.up += row.bytesUp; a.down += row.bytesDown;
    if (row.firstSeen < a.first) a.first = row.firstSeen;
    if (row.lastSeen > a.last) a.last = row.lastSeen;
  }
  const ranked = [...byApp.entries()].sort((x, y) => y[1].clients.size - x[1].clients.size || (y[1].dns + y[1].tls + y[1].quic + y[1].http) - (x[1].dns + x[1].tls + x[1].quic + x[1].http));
  const out: string[] = [];
  const src = r.sources.map((s) => `${s.path} (${s.format})`).join(', ');
  out.push(`AI use found in ${src}`, '');
  if (!ranked.length) out.push('No catalogued AI service seen.');
  else {
    out.push(table(
      ['#', 'App', 'Clients', 'Hosts', 'DNS', 'TLS', 'QUIC', 'HTTP', 'Up', 'Down', 'First seen', 'Last seen'],
      ranked.slice(0, limit).map(([app, a], i) => [String(i + 1), app, String(a.clients.size), String(a.hosts.size), String(a.dns), String(a.tls), String(a.quic), String(a.http), bytes(a.up), bytes(a.down), a.first.slice(0, 16).replace('T', ' '), a.last.slice(0, 16).replace('T', ' ')]),
    ));
    if (ranked.length > limit) out.push(`… and ${ranked.length - limit} more apps (use --json or --csv for everything)`);
  }
  if (r.unknownHosts.length) {
    out.push('', 'Not in the catalog but look like AI (review):');
    out.push(table(['Host', 'Why', 'Hits'], r.unknownHosts.slice(0, 20).map((u) => [u.host, u.reason, String(u.hits)])).replace(/^/gm, '  '));
  }
  out.push('', `${r.stats.records} records, ${r.stats.matched} matched an AI app, ${r.stats.malformed} malformed.`);
  return `${out.join('\n')}\n`;
}
