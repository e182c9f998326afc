// Raw COPY of decision events into a scratch copy of the table: the storage ceiling that
// bench/ingest.ts compares the HTTP ingest path against. PostgreSQL (postgres.js) only.
import { finished } from 'node:stream/promises';
import type postgres from 'postgres';
import type { DecisionEvent } from '@protocol-zero/policies';

const COLUMNS = [
  'id', 'tenant_id', 'device_id', 'occurred_at', 'user_pseudonym', 'department', 'app_id', 'host', 'channel', 'tier',
  'action', 'outcome', 'rule_id', 'policy_version', 'entities', 'classes', 'severity', 'size_bytes',
] as const;

const esc = (v: string) => v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');

/** Creates `<table>` shaped and indexed like decision_events (dropped first if present). */
export async function createScratchEventsTable(pg: postgres.Sql, table: string): Promise<void> {
  if (!/^[a-z_]+$/.test(table)) throw new Error('bad table name');
  await pg.unsafe(`drop table if exists ${table}`);
  await pg.unsafe(`create table ${table} (like decision_events including all)`);
}

export async function copyDecisionEvents(pg: postgres.Sql, table: string, tenantId: string, events: readonly DecisionEvent[]): Promise<void> {
  if (!/^[a-z_]+$/.test(table)) throw new Error('bad table name');
  const stream = await pg.unsafe(`copy ${table} (${COLUMNS.join(', ')}) from stdin`).writable();
  const lines: string[] = [];
  const flush = () => new Promise<void>((resolve, reject) => {
    const ok = stream.write(lines.join(''));
    lines.length = 0;
    if (ok) return resolve();
    const onError = (err: Error) => reject(err);
    stream.once('error', onError).once('drain', () => {
      stream.off('error', onError);
      resolve();
    });
  });
  for (const e of events) {
    lines.push([
      e.id, tenantId, e.deviceId, e.occurredAt, e.user, e.department ?? '\\N', e.appId, e.host, e.channel, e.tier, e.action, e.outcome,
      e.ruleId ?? '\\N', String(e.policyVersion), JSON.stringify(e.entities), JSON.stringify(e.classes), e.severity, String(e.sizeBytes),
    ].map((v) => (v === '\\N' ? v : esc(v))).join('\t') + '\n');
    if (lines.length >= 1000) await flush();
  }
  if (lines.length) await flush();
  stream.end();
  await finished(stream);
}

/**
 * COPY `events` into a scratch copy of decision_events on `databaseUrl` and time it; also returns how
 * many rows decision_events holds (the bench cross-checks acks against storage).
 */
export async function measureCopyCeiling(databaseUrl: string, tenantId: string, events: readonly DecisionEvent[]): Promise<{ rowsPerSec: number; storedRows: number }> {
  const { default: postgresJs } = await import('postgres');
  const pg = postgresJs(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await createScratchEventsTable(pg, 'bench_copy_events');
    const t0 = performance.now();
    await copyDecisionEvents(pg, 'bench_copy_events', tenantId, events);
    const rowsPerSec = events.length / ((performance.now() - t0) / 1000);
    const [row] = await pg<{ n: number }[]>`select count(*)::int as n from decision_events`;
    await pg.unsafe('drop table bench_copy_events');
    return { rowsPerSec, storedRows: row?.n ?? 0 };
  } finally {
    await pg.end();
  }
}
