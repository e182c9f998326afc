import { SensorAckSchema, type SensorAck, type SensorBatch } from '@protocol-zero/policies';

// POST /v1/sensor/batches with retries. Batches are idempotent (batchId = content hash), so a retry
// after a lost response is safe and a "duplicate" answer is success. The token is never logged.

export interface ShipOptions {
  collector: string;
  token: string;
  retries?: number;
  baseDelayMs?: number;
  timeoutMs?: number;
  log?: (msg: string) => void;
}

export class ShipError extends Error {
  constructor(message: string, readonly status?: number) { super(message); }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export function batchesUrl(collector: string): string {
  let u: URL;
  try { u = new URL(collector); } catch { throw new ShipError(`--collector '${collector}' is not a URL`); }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new ShipError(`--collector must be http(s), got ${u.protocol}`);
  return `${collector.replace(/\/+$/, '')}/v1/sensor/batches`;
}

export async function shipBatch(batch: SensorBatch, opts: ShipOptions): Promise<SensorAck> {
  const url = batchesUrl(opts.collector);
  const retries = opts.retries ?? 6;
  const base = opts.baseDelayMs ?? 500;
  let lastError = '';
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0) {
      const jitter = 0.5 + Math.random(); // spread retries of many sensors after a collector restart
      await sleep(Math.min(30_000, base * 2 ** (attempt - 1) * jitter));
    }
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${opts.token}` },
        body: JSON.stringify(batch),
        signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000),
      });
    } catch (e) {
      lastError = `network error: ${(e as Error).message}`;
      opts.log?.(`ship ${batch.batchId.slice(0, 12)}: ${lastError}; retrying`);
      continue;
    }
    const text = await res.text();
    if (res.status === 409) return { batchId: batch.batchId, duplicate: true, rows: batch.rows.length };
    if (res.ok) {
      let body: unknown;
      try { body = JSON.parse(text); } catch { throw new ShipError(`collector answered ${res.status} with a non-JSON body`, res.status); }
      const ack = SensorAckSchema.safeParse(body);
      if (!ack.success) throw new ShipError(`collector answered ${res.status} with an unexpected body`, res.status);
      if (ack.data.batchId !== batch.batchId) throw new ShipError('collector acknowledged a different batch', res.status);
      return ack.data;
    }
    if (res.status === 429 || res.status >= 500) {
      lastError = `HTTP ${res.status}`;
      const retryAfter = Number(res.headers.get('retry-after'));
      opts.log?.(`ship ${batch.batchId.slice(0, 12)}: ${lastError}; retrying`);
      if (Number.isFinite(retryAfter) && retryAfter > 0) await sleep(Math.min(60_000, retryAfter * 1000));
      continue;
    }
    // 4xx other than 409/429: retrying will not help (bad token, bad schema).
    throw new ShipError(`collector rejected the batch: HTTP ${res.status} ${text.slice(0, 300)}`, res.status);
  }
  throw new ShipError(`gave up after ${retries + 1} attempts (${lastError})`);
}
