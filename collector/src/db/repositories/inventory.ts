import { sql } from 'kysely';
import type { InventoryRow, UnknownHost } from '@protocol-zero/policies';
import type { Db } from '../database';

/**
 * Stores a sensor batch exactly once: the batch row is the idempotency key, inserted in the same
 * transaction as its rows. Aggregates ADD to what is stored (a tailing sensor ships increments).
 * Returns false when the batch was already stored. Rows go in key order so concurrent batches
 * touching the same keys queue instead of deadlocking.
 */
export async function storeSensorBatch(
  db: Db,
  b: { tenantId: string; batchId: string; sensorId: string; format: string; rows: readonly InventoryRow[]; unknownHosts: readonly UnknownHost[]; stats: unknown },
): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const inserted = await tx
      .insertInto('sensor_batches')
      .values({ tenant_id: b.tenantId, batch_id: b.batchId, sensor_id: b.sensorId, format: b.format, rows: b.rows.length, stats: JSON.stringify(b.stats) })
      .onConflict((oc) => oc.columns(['tenant_id', 'batch_id']).doNothing())
      .returning('batch_id')
      .executeTakeFirst();
    if (!inserted) return false;
    const rows = mergeRows(b.rows);
    if (rows.length > 0) {
      await sql`
        insert into inventory_daily (tenant_id, day, app_id, host, client, department, dns_queries, tls_handshakes,
          quic_handshakes, http_requests, bytes_up, bytes_down, first_seen, last_seen)
        select ${b.tenantId}, x.day, x.app_id, x.host, x.client, x.department, x.dns_queries, x.tls_handshakes,
          x.quic_handshakes, x.http_requests, x.bytes_up, x.bytes_down, x.first_seen, x.last_seen
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(day date, app_id text, host text, client text,
          department text, dns_queries bigint, tls_handshakes bigint, quic_handshakes bigint, http_requests bigint,
          bytes_up bigint, bytes_down bigint, first_seen timestamptz, last_seen timestamptz)
        order by x.day, x.app_id, x.host, x.client
        on conflict (tenant_id, day, app_id, host, client) do update set
          department = coalesce(excluded.department, inventory_daily.department),
          dns_queries = inventory_daily.dns_queries + excluded.dns_queries,
          tls_handshakes = inventory_daily.tls_handshakes + excluded.tls_handshakes,
          quic_handshakes = inventory_daily.quic_handshakes + excluded.quic_handshakes,
          http_requests = inventory_daily.http_requests + excluded.http_requests,
          bytes_up = inventory_daily.bytes_up + excluded.bytes_up,
          bytes_down = inventory_daily.bytes_down + excluded.bytes_down,
          first_seen = least(inventory_daily.first_seen, excluded.first_seen),
          last_seen = greatest(inventory_daily.last_seen, excluded.last_seen)`.execute(tx);
    }
    const hosts = mergeHosts(b.unknownHosts);
    if (hosts.length > 0) {
      await sql`
        insert into unknown_hosts (tenant_id, host, reason, hits, first_seen, last_seen)
        select ${b.tenantId}, x.host, x.reason, x.hits, x.first_seen, x.last_seen
        from jsonb_to_recordset(${JSON.stringify(hosts)}::jsonb) as x(host text, reason text, hits bigint, first_seen timestamptz, last_seen timestamptz)
        order by x.host
        on conflict (tenant_id, host) do update set
          hits = unknown_hosts.hits + excluded.hits,
          first_seen = least(unknown_hosts.first_seen, excluded.first_seen),
          last_seen = greatest(unknown_hosts.last_seen, excluded.last_seen)`.execute(tx);
    }
    return true;
  });
}

/** One row per key: ON CONFLICT DO UPDATE may not touch the same row twice in one statement. */
function mergeRows(rows: readonly InventoryRow[]) {
  const byKey = new Map<string, ReturnType<typeof toRow>>();
  for (const r of rows) {
    const key = `${r.day}|${r.appId}|${r.host}|${r.client}`;
    const prev = byKey.get(key);
    const next = toRow(r);
    if (!prev) byKey.set(key, next);
    else {
      prev.dns_queries += next.dns_queries; prev.tls_handshakes += next.tls_handshakes; prev.quic_handshakes += next.quic_handshakes;
      prev.http_requests += next.http_requests; prev.bytes_up += next.bytes_up; prev.bytes_down += next.bytes_down;
      if (next.first_seen < prev.first_seen) prev.first_seen = next.first_seen;
      if (next.last_seen > prev.last_seen) prev.last_seen = next.last_seen;
      prev.department ??= next.department;
    }
  }
  return [...byKey.values()];
}

function toRow(r: InventoryRow) {
  return {
    day: r.day, app_id: r.appId, host: r.host, client: r.client, department: r.department ?? null,
    dns_queries: r.dnsQueries, tls_handshakes: r.tlsHandshakes, quic_handshakes: r.quicHandshakes, http_requests: r.httpRequests,
    bytes_up: r.bytesUp, bytes_down: r.bytesDown, first_seen: new Date(r.firstSeen).toISOString(), last_seen: new Date(r.lastSeen).toISOString(),
  };
}

function mergeHosts(hosts: readonly UnknownHost[]) {
  const byHost = new Map<string, { host: string; reason: string; hits: number; first_seen: string; last_seen: string }>();
  for (const h of hosts) {
    const f = new Date(h.firstSeen).toISOString(), l = new Date(h.lastSeen).toISOString();
    const prev = byHost.get(h.host);
    if (!prev) byHost.set(h.host, { host: h.host, reason: h.reason, hits: h.hits, first_seen: f, last_seen: l });
    else {
      prev.hits += h.hits;
      if (f < prev.first_seen) prev.first_seen = f;
      if (l > prev.last_seen) prev.last_seen = l;
    }
  }
  return [...byHost.values()];
}

export async function listUnknownHosts(db: Db, tenantId: string, limit: number) {
  const rows = await db.selectFrom('unknown_hosts').selectAll().where('tenant_id', '=', tenantId).orderBy('hits', 'desc').limit(limit).execute();
  return rows.map((r) => ({ host: r.host, reason: r.reason, hits: Number(r.hits), firstSeen: new Date(r.first_seen).toISOString(), lastSeen: new Date(r.last_seen).toISOString() }));
}
