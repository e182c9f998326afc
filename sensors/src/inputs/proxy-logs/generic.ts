import type { Sighting } from '../../inventory/sighting';
import { UsageError, type LineFormat, type ParserOptions } from '../line-format';
import { hostOfUrl, num, splitCsv } from '../text';

// Any CSV or JSON-lines log, given `--map host=dest_host,client=src_ip,ts=time[,url=…,bytesUp=…,
// bytesDown=…,user=…,kind=…]`. CSV columns are header names (first line) or 0-based indexes.

const TARGETS = ['host', 'url', 'client', 'user', 'ts', 'bytesUp', 'bytesDown', 'kind'] as const;

export function parseMap(text: string): Record<string, string> {
  const map: Record<string, string> = {};
  for (const pair of text.split(',')) {
    const [k = '', v = ''] = pair.split('=').map((s) => s.trim());
    if (!(TARGETS as readonly string[]).includes(k) || !v) throw new UsageError(`--map: '${pair}' is not target=column (targets: ${TARGETS.join(', ')})`);
    map[k] = v;
  }
  if (!map.host && !map.url) throw new UsageError('--map needs host= or url=');
  if (!map.client && !map.user) throw new UsageError('--map needs client= or user=');
  return map;
}

function toTs(v: unknown, referenceMs: number): number {
  if (v === undefined || v === null || v === '') return referenceMs;
  if (typeof v === 'number') return v < 1e11 ? v * 1000 : v;
  const s = String(v);
  if (/^\d+(\.\d+)?$/.test(s)) { const n = Number(s); return n < 1e11 ? n * 1000 : n; }
  return Date.parse(s);
}

function build(get: (k: string) => unknown, map: Record<string, string>, referenceMs: number): Sighting | 'bad' {
  const field = (t: string): unknown => (map[t] === undefined ? undefined : get(map[t]));
  const host = String(field('host') ?? '') || hostOfUrl(String(field('url') ?? ''));
  const client = String(field('user') ?? '') || String(field('client') ?? '');
  const tsMs = toTs(field('ts'), referenceMs);
  if (!host || !client || client === '-' || Number.isNaN(tsMs)) return 'bad';
  const kind = String(field('kind') ?? 'http');
  return { tsMs, client, host, kind: kind === 'dns' || kind === 'tls' || kind === 'quic' ? kind : 'http', bytesUp: num(String(field('bytesUp') ?? '')), bytesDown: num(String(field('bytesDown') ?? '')) };
}

function requireMap(opts: ParserOptions, id: string): Record<string, string> {
  if (!opts.map) throw new UsageError(`--format ${id} needs --map (e.g. --map host=dest_host,client=src_ip,ts=time)`);
  return opts.map;
}

export const csvFormat: LineFormat = {
  id: 'csv',
  detect: () => false, // generic: only by --format
  create: (opts) => {
    const map = requireMap(opts, 'csv');
    const byIndex = Object.values(map).every((v) => /^\d+$/.test(v));
    let header: Map<string, number> | undefined;
    return (line) => {
      if (!line.trim()) return 'skip';
      const cols = splitCsv(line);
      if (!byIndex && !header) { header = new Map(cols.map((c, i) => [c.trim(), i])); return 'skip'; }
      return build((k) => cols[byIndex ? Number(k) : header!.get(k) ?? -1], map, opts.referenceMs);
    };
  },
};

export const jsonlFormat: LineFormat = {
  id: 'jsonl',
  detect: () => false,
  create: (opts) => {
    const map = requireMap(opts, 'jsonl');
    return (line) => {
      if (!line.trim()) return 'skip';
      let obj: unknown;
      try { obj = JSON.parse(line); } catch { return 'bad'; }
      if (!obj || typeof obj !== 'object') return 'bad';
      // Dotted paths reach into nested objects: --map host=destination.domain
      return build((k) => k.split('.').reduce<unknown>((o, p) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[p] : undefined), obj), map, opts.referenceMs);
    };
  },
};
