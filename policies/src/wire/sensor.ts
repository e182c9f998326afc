import { z } from 'zod';
import { AppId, Count, Day, Hostname, IsoDateTime, Sha256Hex, WIRE_VERSION } from './common';

export const SENSOR_FORMATS = [
  'pcap', 'pcapng', 'bind', 'windows-dns', 'dnsmasq', 'umbrella-dns', 'zeek-dns', 'squid', 'squid-combined',
  'zscaler', 'proxysg', 'panos', 'umbrella-proxy', 'zeek-ssl', 'zeek-http', 'csv', 'jsonl',
] as const;
export const SensorFormatSchema = z.enum(SENSOR_FORMATS);
export type SensorFormat = z.infer<typeof SensorFormatSchema>;

/** One aggregate: (app, host, client, day). Raw log lines never leave the sensor. */
export const InventoryRowSchema = z
  .object({
    appId: AppId,
    host: Hostname,
    /** IP address or user name as the source gives it; pseudonymised by the sensor unless told not to. */
    client: z.string().min(1).max(256),
    department: z.string().max(100).optional(),
    day: Day,
    dnsQueries: Count,
    tlsHandshakes: Count,
    quicHandshakes: Count,
    httpRequests: Count,
    bytesUp: Count,
    bytesDown: Count,
    firstSeen: IsoDateTime,
    lastSeen: IsoDateTime,
  })
  .strict();
export type InventoryRow = z.infer<typeof InventoryRowSchema>;

/** Hostnames that look like AI (e.g. a new *.openai.azure.com tenant) but are not catalogued. */
export const UnknownHostSchema = z
  .object({ host: Hostname, reason: z.string().max(200), hits: Count, firstSeen: IsoDateTime, lastSeen: IsoDateTime })
  .strict();
export type UnknownHost = z.infer<typeof UnknownHostSchema>;

export const MAX_ROWS_PER_SENSOR_BATCH = 5000;
export const SensorBatchSchema = z
  .object({
    wireVersion: z.literal(WIRE_VERSION),
    /** sha256 of the canonical JSON of rows + unknownHosts: the same content is the same batch. */
    batchId: Sha256Hex,
    sensorId: z.string().min(1).max(128),
    format: SensorFormatSchema,
    rows: z.array(InventoryRowSchema).max(MAX_ROWS_PER_SENSOR_BATCH),
    unknownHosts: z.array(UnknownHostSchema).max(MAX_ROWS_PER_SENSOR_BATCH).default([]),
    stats: z.object({ records: Count, matched: Count, malformed: Count }).strict(),
  })
  .strict();
export type SensorBatch = z.infer<typeof SensorBatchSchema>;
export type SensorBatchInput = z.input<typeof SensorBatchSchema>;

export const SensorAckSchema = z.object({ batchId: Sha256Hex, duplicate: z.boolean(), rows: Count });
export type SensorAck = z.infer<typeof SensorAckSchema>;
