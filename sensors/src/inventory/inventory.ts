import { isIP } from 'node:net';
import { matchHost, normalizeHost, type InventoryRow, type UnknownHost } from '@protocol-zero/policies';
import { pseudonymize, type IdentityMap } from './identity';
import { looksLikeAi } from './looks-like-ai';
import type { Sighting } from './sighting';

// Aggregates sightings per (app, host, client, day). Raw lines never reach this far; what leaves the
// sensor is these counts.

export interface InventoryOptions {
  identity?: IdentityMap;
  /** HMAC key for user names (and identity-mapped users); IP clients are left as they are. */
  pseudonymizeKey?: string;
}

export interface InventoryStats { records: number; matched: number; malformed: number }

const HOSTNAME = /^[A-Za-z0-9._:[\]-]{1,253}$/;
const DAY_MS = 86_400_000;
const MAX_CACHE = 200_000;

type Row = InventoryRow & { first: number; last: number; dayNum: number };
/** A catalog hit, cached per raw hostname; `recent` short-cuts the row lookup for a client's current day. */
type Hit = { appId: string; host: string; prefix: string; recent: Map<string, Row> };
type MatchResult = Hit | { host: string; reason: string } | null | 'bad';
interface Unknown { host: string; reason: string; hits: number; first: number; last: number }

export class Inventory {
  readonly stats: InventoryStats = { records: 0, matched: 0, malformed: 0 };
  private rowsByKey = new Map<string, Row>();
  private unknown = new Map<string, Unknown>();
  private matchCache = new Map<string, MatchResult>();
  private dayCache = new Map<number, string>();
  private clientCache = new Map<string, [string, string | undefined]>();

  constructor(private readonly opts: InventoryOptions = {}) {}

  bad(n = 1): void { this.stats.records += n; this.stats.malformed += n; }

  add(s: Sighting): void {
    this.stats.records++;
    if (!Number.isFinite(s.tsMs) || !s.client) { this.stats.malformed++; return; }
    const m = this.match(s.host);
    if (m === null) return;
    if (m === 'bad') { this.stats.malformed++; return; }
    if ('reason' in m) { this.noteUnknown(m.host, m.reason, s.tsMs); return; }
    this.stats.matched++;
    const [client, department] = this.client(s.client);
    const dayNum = Math.floor(s.tsMs / DAY_MS);
    let row = m.recent.get(client);
    if (row === undefined || row.dayNum !== dayNum) row = this.rowsByKey.get(`${m.prefix}${client}\u0000${dayNum}`);
    if (!row) {
      row = {
        appId: m.appId, host: m.host, client, day: this.day(dayNum), dnsQueries: 0, tlsHandshakes: 0, quicHandshakes: 0, httpRequests: 0,
        bytesUp: 0, bytesDown: 0, firstSeen: '', lastSeen: '', first: s.tsMs, last: s.tsMs, dayNum,
      };
      const dept = s.department ?? department;
      if (dept) row.department = dept.slice(0, 100);
      this.rowsByKey.set(`${m.prefix}${client}\u0000${dayNum}`, row);
    }
    if (m.recent.size > 4096) m.recent.clear();
    m.recent.set(client, row);
    if (s.kind === 'dns') row.dnsQueries++;
    else if (s.kind === 'tls') row.tlsHandshakes++;
    else if (s.kind === 'quic') row.quicHandshakes++;
    else row.httpRequests++;
    row.bytesUp += s.bytesUp > 0 ? s.bytesUp : 0;
    row.bytesDown += s.bytesDown > 0 ? s.bytesDown : 0;
    if (s.tsMs < row.first) row.first = s.tsMs;
    if (s.tsMs > row.last) row.last = s.tsMs;
  }

  /** null: not AI, nothing to count; 'bad': not a hostname at all. */
  private match(raw: string): MatchResult {
    const cached = this.matchCache.get(raw);
    if (cached !== undefined) return cached;
    let result: MatchResult;
    const host = normalizeHost(raw);
    if (!HOSTNAME.test(host)) result = 'bad';
    else {
      const hit = matchHost(host);
      if (hit) result = { appId: hit.app.id, host, prefix: `${hit.app.id}\u0000${host}\u0000`, recent: new Map() };
      else {
        const why = isIP(host) || host.endsWith('.arpa') ? undefined : looksLikeAi(host);
        result = why ? { host, reason: why.reason } : null;
      }
    }
    if (this.matchCache.size >= MAX_CACHE) this.matchCache.clear();
    this.matchCache.set(raw, result);
    return result;
  }

  private noteUnknown(host: string, reason: string, ts: number): void {
    const u = this.unknown.get(host);
    if (u) { u.hits++; if (ts < u.first) u.first = ts; if (ts > u.last) u.last = ts; return; }
    if (this.unknown.size < 50_000) this.unknown.set(host, { host, reason, hits: 1, first: ts, last: ts });
  }

  private client(raw: string): [string, string | undefined] {
    const cached = this.clientCache.get(raw);
    if (cached) return cached;
    let out: [string, string | undefined];
    const ip = isIP(raw) !== 0;
    const identity = ip ? this.opts.identity?.lookup(raw) : undefined;
    const key = this.opts.pseudonymizeKey;
    if (identity) out = [key ? pseudonymize(identity.user, key) : identity.user, identity.department];
    else if (!ip && key) out = [pseudonymize(raw, key), undefined];
    else out = [raw.slice(0, 256), undefined];
    if (this.clientCache.size >= MAX_CACHE) this.clientCache.clear();
    this.clientCache.set(raw, out);
    return out;
  }

  private day(n: number): string {
    let d = this.dayCache.get(n);
    if (!d) { d = new Date(n * DAY_MS).toISOString().slice(0, 10); this.dayCache.set(n, d); }
    return d;
  }

  /** Rows, most active first (all counters summed), then by app and host for a stable order. */
  rows(): InventoryRow[] {
    return [...this.rowsByKey.values()]
      .map(({ first, last, dayNum: _d, ...row }) => ({ ...row, firstSeen: new Date(first).toISOString(), lastSeen: new Date(last).toISOString() }))
      .sort((a, b) => activity(b) - activity(a) || cmp(a.appId, b.appId) || cmp(a.host, b.host) || cmp(a.client, b.client) || cmp(a.day, b.day));
  }

  unknownHosts(): UnknownHost[] {
    return [...this.unknown.values()]
      .map((u) => ({ host: u.host, reason: u.reason.slice(0, 200), hits: u.hits, firstSeen: new Date(u.first).toISOString(), lastSeen: new Date(u.last).toISOString() }))
      .sort((a, b) => b.hits - a.hits || cmp(a.host, b.host));
  }

  /** Serialisable state (tail checkpoints). */
  snapshot(): { rows: Row[]; unknown: Unknown[]; stats: InventoryStats } {
    return { rows: [...this.rowsByKey.values()], unknown: [...this.unknown.values()], stats: { ...this.stats } };
  }

  restore(s: ReturnType<Inventory['snapshot']>): void {
    this.rowsByKey.clear();
    this.unknown.clear();
    this.matchCache.clear(); // drops the per-client short-cuts into the old rows
    for (const r of s.rows) this.rowsByKey.set(`${r.appId}\u0000${r.host}\u0000${r.client}\u0000${r.dayNum}`, { ...r });
    for (const u of s.unknown) this.unknown.set(u.host, { ...u });
    Object.assign(this.stats, s.stats);
  }
}

const activity = (r: InventoryRow): number => r.dnsQueries + r.tlsHandshakes + r.quicHandshakes + r.httpRequests;
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
