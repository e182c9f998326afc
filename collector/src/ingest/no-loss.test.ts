// A collector child process is SIGKILLed while two clients stream 50k events with retries; after a
// restart on the same database every acknowledged event is stored, and no event twice.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import type { DecisionEvent } from '@protocol-zero/policies';
import { connectDatabase, type DatabaseHandle } from '../db/connect';
import { generateToken } from '../identity/secrets';
import { spawnCollector, type CollectorChild } from '../testing/child';
import { batch, makeEvents } from '../testing/fixtures';
import { createTestDatabase, TARGETS } from '../testing/harness';

const TOTAL = 50_000;
const BATCH = 500;

describe.each(TARGETS)('no loss under SIGKILL on $name', (target) => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it('stores every acknowledged event exactly once after a crash and restart', { timeout: 900_000 }, async () => {
    let env: Record<string, string>;
    let open: () => Promise<DatabaseHandle>;
    if (target.name === 'postgres') {
      const tdb = await createTestDatabase(target.databaseUrl!);
      cleanups.push(tdb.drop);
      env = { DATABASE_URL: tdb.url };
      open = () => connectDatabase({ databaseUrl: tdb.url });
    } else {
      const dir = mkdtempSync(path.join(tmpdir(), 'pz-noloss-'));
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      env = { PZ_DATA_DIR: dir };
      open = async () => connectDatabase({ pglite: await PGlite.create(dir) });
    }
    env.PZ_INGEST_RATE_PER_MINUTE = '1000000';
    const token = generateToken('device');
    let child: CollectorChild = await spawnCollector(env, token);
    cleanups.push(() => void child.proc.kill('SIGKILL'));

    const events = makeEvents('noloss', TOTAL);
    const acked = new Set<string>();
    let ackedBatches = 0;
    let restarting: Promise<void> | undefined;
    let killed = false;

    async function send(chunk: DecisionEvent[]): Promise<void> {
      for (let attempt = 0; ; attempt++) {
        if (restarting) await restarting;
        try {
          const r = await fetch(`${child.url}/v1/events`, {
            method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(batch(chunk)),
            signal: AbortSignal.timeout(60_000),
          });
          if (r.status === 200) {
            await r.json();
            for (const e of chunk) acked.add(e.id);
            ackedBatches++;
            return;
          }
          if (r.status < 500 && r.status !== 429) throw new Error(`unexpected ${r.status}: ${await r.text()}`);
        } catch (err) {
          if (err instanceof Error && err.message.startsWith('unexpected')) throw err;
        }
        await new Promise((res) => setTimeout(res, Math.min(2000, 50 * 2 ** attempt)));
      }
    }

    async function stream(chunks: DecisionEvent[][]): Promise<void> {
      for (const c of chunks) {
        await send(c);
        // Kill mid-stream, while the other client's batch may be in flight.
        if (!killed && ackedBatches >= 30) {
          killed = true;
          child.proc.kill('SIGKILL');
          restarting = (async () => {
            await child.exited;
            child = await spawnCollector(env, token);
            restarting = undefined;
          })();
        }
      }
    }

    const chunks: DecisionEvent[][] = [];
    for (let i = 0; i < TOTAL; i += BATCH) chunks.push(events.slice(i, i + BATCH));
    await Promise.all([stream(chunks.filter((_, i) => i % 2 === 0)), stream(chunks.filter((_, i) => i % 2 === 1))]);
    expect(killed).toBe(true);
    expect(acked.size).toBe(TOTAL);

    child.proc.kill('SIGTERM');
    expect(await child.exited).toBe(0); // graceful shutdown drains and exits cleanly
    const h = await open();
    cleanups.push(() => h.close());
    const rows = await h.db.selectFrom('decision_events').select('id').execute();
    const ids = rows.map((r) => r.id);
    expect(ids.length).toBe(new Set(ids).size);
    const stored = new Set(ids);
    const missing = [...acked].filter((id) => !stored.has(id));
    expect(missing).toEqual([]);
    expect(stored.size).toBe(TOTAL);
  });
});
