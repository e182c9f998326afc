// Where raw prompt values could leak: every row of every table (through the collector's own db
// access, see db-dump.ts) and everything the collector printed. Reports table + column, never the value.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, type Collector } from './collector-process';

export interface DumpRow { table: string; row: Record<string, unknown> }

/** Run after collector.stop() for PGlite (it holds its data dir exclusively). */
export function dumpDatabase(c: Collector): DumpRow[] {
  const env = { ...process.env, ...(c.databaseUrl ? { PZ_DUMP_DATABASE_URL: c.databaseUrl } : { PZ_DUMP_DATA_DIR: c.dataDir }) };
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'test/e2e/mission/db-dump.ts')], { cwd: ROOT, env, encoding: 'utf8', timeout: 180_000, maxBuffer: 512 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`database dump failed: ${r.stderr.slice(-1500)}`);
  return r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as DumpRow);
}

/** `table.column` (or `logs:line N`) for each place a needle occurs; values are not echoed. */
export function findNeedles(rows: DumpRow[], needles: readonly string[]): string[] {
  const hits = new Set<string>();
  const lower = needles.map((n) => n.toLowerCase());
  for (const { table, row } of rows)
    for (const [col, v] of Object.entries(row)) {
      const s = (typeof v === 'string' ? v : JSON.stringify(v) ?? '').toLowerCase();
      lower.forEach((n, i) => { if (s.includes(n)) hits.add(`${table}.${col} holds fixture value #${i}`); });
    }
  return [...hits];
}

export function findInLogs(logs: string, needles: readonly string[]): string[] {
  const hits: string[] = [];
  logs.split('\n').forEach((line, ln) => needles.forEach((n, i) => { if (line.toLowerCase().includes(n.toLowerCase())) hits.push(`log line ${ln + 1} holds fixture value #${i}`); }));
  return hits;
}
