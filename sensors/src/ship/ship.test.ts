import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SensorBatchSchema, type SensorBatch } from '@protocol-zero/policies';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../cli';
import { buildBatches, canonicalJson, batchIdOf } from './batch';
import { shipBatch, ShipError } from './client';

// A stand-in collector: validates every body with the wire schema, dedups by batchId, and can be
// told to fail the next N requests.
const stored = new Map<string, SensorBatch>();
let failNext: number[] = [];
let seenAuth = '';
const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  let body = '';
  req.on('data', (c: Buffer) => { body += c.toString(); });
  req.on('end', () => {
    seenAuth = req.headers.authorization ?? '';
    const fail = failNext.shift();
    if (fail) { res.writeHead(fail, fail === 429 ? { 'retry-after': '0' } : {}).end('{}'); return; }
    if (req.url !== '/v1/sensor/batches' || req.method !== 'POST') { res.writeHead(404).end(); return; }
    if (req.headers.authorization !== 'Bearer s3cret') { res.writeHead(401).end('{"error":{"code":"unauthorized","message":"no"}}'); return; }
    const parsed = SensorBatchSchema.safeParse(JSON.parse(body));
    if (!parsed.success) { res.writeHead(400).end(JSON.stringify({ error: { code: 'bad_request', message: parsed.error.message } })); return; }
    const b = parsed.data;
    expect(batchIdOf(b.rows, b.unknownHosts)).toBe(b.batchId); // the id really is the content hash
    const duplicate = stored.has(b.batchId);
    stored.set(b.batchId, b);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ batchId: b.batchId, duplicate, rows: b.rows.length }));
  });
});
let url = '';
const dir = mkdtempSync(join(tmpdir(), 'pz-ship-'));
beforeAll(async () => { await new Promise<void>((r) => server.listen(0, '127.0.0.1', r)); url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`; });
afterAll(async () => { await new Promise((r) => server.close(r)); rmSync(dir, { recursive: true, force: true }); });

const file = join(dir, 'access.log');
writeFileSync(file, ['1700000000.000 1 10.0.0.1 TCP_TUNNEL/200 5 CONNECT chatgpt.com:443 alice HIER_DIRECT/1.1.1.1 -', '1700000000.000 1 10.0.0.2 TCP_TUNNEL/200 5 CONNECT claude.ai:443 - HIER_DIRECT/1.1.1.1 -'].join('\n'));
const KEY = 'a-key-of-16-chars-or-more';
const quiet = { stdout: () => {}, stderr: () => {} };

describe('ship', () => {
  it('sends schema-valid batches with the bearer token; resending is a duplicate, not an error', async () => {
    stored.clear();
    expect(await main(['ship', file, '--collector', url, '--token', 's3cret', '--pseudonymize-key', KEY, '--sensor-id', 't1'], quiet)).toBe(0);
    expect(seenAuth).toBe('Bearer s3cret');
    const [batch] = [...stored.values()];
    expect(batch!.rows.map((r) => r.appId).sort()).toEqual(['chatgpt', 'claude'].sort());
    expect(batch!.rows.find((r) => r.appId === 'chatgpt')!.client).toMatch(/^[0-9a-f]{32}$/); // user name hashed
    expect(await main(['ship', file, '--collector', url, '--token', 's3cret', '--pseudonymize-key', KEY, '--sensor-id', 't1'], quiet)).toBe(0);
    expect(stored.size).toBe(1);
  });

  it('retries 5xx, 429 and then succeeds', async () => {
    failNext = [503, 429, 500];
    const [b] = buildBatches({ rows: [], unknownHosts: [], stats: { records: 1, matched: 0, malformed: 0 }, format: 'squid', sensorId: 's' });
    const ack = await shipBatch(b!, { collector: url, token: 's3cret', baseDelayMs: 1 });
    expect(ack.batchId).toBe(b!.batchId);
    expect(failNext).toEqual([]);
  });

  it('retries network errors, then gives up with a clear error', async () => {
    const [b] = buildBatches({ rows: [], unknownHosts: [], stats: { records: 0, matched: 0, malformed: 0 }, format: 'squid', sensorId: 's' });
    await expect(shipBatch(b!, { collector: 'http://127.0.0.1:1', token: 't', retries: 2, baseDelayMs: 1 })).rejects.toThrow(/gave up after 3 attempts \(network error/);
  });

  it('does not retry a 401, and the message never contains the token', async () => {
    const [b] = buildBatches({ rows: [], unknownHosts: [], stats: { records: 0, matched: 0, malformed: 0 }, format: 'squid', sensorId: 's' });
    const err = await shipBatch(b!, { collector: url, token: 'wrong-token-value', baseDelayMs: 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ShipError);
    expect((err as ShipError).status).toBe(401);
    expect((err as Error).message).not.toContain('wrong-token-value');
  });

  it('canonical JSON ignores key order; batches split at the row limit', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe(canonicalJson({ a: [{ c: 3, d: 2 }], b: 1 }));
    const row = { appId: 'chatgpt', host: 'chatgpt.com', client: 'c', day: '2026-01-01', dnsQueries: 1, tlsHandshakes: 0, quicHandshakes: 0, httpRequests: 0, bytesUp: 0, bytesDown: 0, firstSeen: '2026-01-01T00:00:00.000Z', lastSeen: '2026-01-01T00:00:00.000Z' };
    const rows = Array.from({ length: 12_000 }, (_, i) => ({ ...row, client: `c${i}` }));
    const batches = buildBatches({ rows, unknownHosts: [], stats: { records: 12_000, matched: 12_000, malformed: 0 }, format: 'squid', sensorId: 's' });
    expect(batches.map((x) => x.rows.length)).toEqual([5000, 5000, 2000]);
    expect(batches.map((x) => x.stats.records)).toEqual([12_000, 0, 0]);
    expect(new Set(batches.map((x) => x.batchId)).size).toBe(3);
  });
});
