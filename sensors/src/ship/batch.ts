import { createHash } from 'node:crypto';
import { MAX_ROWS_PER_SENSOR_BATCH, SensorBatchSchema, WIRE_VERSION, type InventoryRow, type SensorBatch, type SensorFormat, type UnknownHost } from '@protocol-zero/policies';
import type { InventoryStats } from '../inventory/inventory';

/** JSON with object keys sorted at every depth: equal content, equal bytes, equal hash. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function batchIdOf(rows: readonly InventoryRow[], unknownHosts: readonly UnknownHost[]): string {
  return createHash('sha256').update(canonicalJson({ rows, unknownHosts })).digest('hex');
}

/**
 * Splits an inventory into schema-valid batches. Stats ride on the first batch only, so the collector
 * can sum them without double counting.
 */
export function buildBatches(input: { rows: InventoryRow[]; unknownHosts: UnknownHost[]; stats: InventoryStats; format: SensorFormat; sensorId: string }): SensorBatch[] {
  const out: SensorBatch[] = [];
  const n = Math.max(1, Math.ceil(input.rows.length / MAX_ROWS_PER_SENSOR_BATCH), Math.ceil(input.unknownHosts.length / MAX_ROWS_PER_SENSOR_BATCH));
  for (let i = 0; i < n; i++) {
    const rows = input.rows.slice(i * MAX_ROWS_PER_SENSOR_BATCH, (i + 1) * MAX_ROWS_PER_SENSOR_BATCH);
    const unknownHosts = input.unknownHosts.slice(i * MAX_ROWS_PER_SENSOR_BATCH, (i + 1) * MAX_ROWS_PER_SENSOR_BATCH);
    const stats = i === 0 ? { ...input.stats } : { records: 0, matched: 0, malformed: 0 };
    out.push(SensorBatchSchema.parse({ wireVersion: WIRE_VERSION, batchId: batchIdOf(rows, unknownHosts), sensorId: input.sensorId, format: input.format, rows, unknownHosts, stats }));
  }
  return out;
}
