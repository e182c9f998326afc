// Sensor aggregate batches → inventory_daily, exactly once per batch id (content hash).
import type { SensorAck, SensorBatch } from '@protocol-zero/policies';
import type { Db } from '../db/database';
import { storeSensorBatch } from '../db/repositories/inventory';
import type { LiveFeed } from '../live/feed';

export async function ingestSensorBatch(db: Db, live: LiveFeed, tenantId: string, batch: SensorBatch): Promise<SensorAck> {
  const stored = await storeSensorBatch(db, {
    tenantId, batchId: batch.batchId, sensorId: batch.sensorId, format: batch.format, rows: batch.rows,
    unknownHosts: batch.unknownHosts, stats: batch.stats,
  });
  if (stored && batch.rows.length > 0) {
    live.publish({ type: 'inventory', tenantId, sensorId: batch.sensorId, rows: batch.rows.length, apps: [...new Set(batch.rows.map((r) => r.appId))].slice(0, 50) });
  }
  return { batchId: batch.batchId, duplicate: !stored, rows: batch.rows.length };
}
