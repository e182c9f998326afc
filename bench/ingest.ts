// Ingest throughput: a real collector process (PostgreSQL) fed over loopback HTTP in batches of 500
// by concurrent keep-alive clients; p50/p99 acknowledgement latency; collector RSS sampled each
// second; and, in the same run, raw COPY of the same rows into the same database as the ceiling.
//
//   pnpm exec tsx bench/ingest.ts                 # short run (20 s)
//   pnpm exec tsx bench/ingest.ts --minutes 5     # the full run (RSS flatness over 5 minutes)
//   PZ_BENCH_DATABASE_URL=postgres://… (default postgres://pz:pz@127.0.0.1:5432/pz_test: a fresh database is created and dropped)
import { readFileSync } from 'node:fs';
import type { DecisionEvent } from '@protocol-zero/policies';
import { measureCopyCeiling } from '../collector/src/db/bulk';
import { generateToken } from '../collector/src/identity/secrets';
import { spawnCollector } from '../collector/src/testing/child';
import { makeEvent } from '../collector/src/testing/fixtures';
import { createTestDatabase } from '../collector/src/testing/test-db';

const args = process.argv.slice(2);
const arg = (name: string, def: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const seconds = args.includes('--minutes') ? arg('minutes', 5) * 60 : arg('seconds', 20);
const concurrency = arg('clients', 8);
const BATCH = 500;
const adminUrl = process.env.PZ_BENCH_DATABASE_URL ?? 'postgres://pz:pz@127.0.0.1:5432/pz_test';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

const tdb = await createTestDatabase(adminUrl);
const token = generateToken('device');
const child = await spawnCollector({ DATABASE_URL: tdb.url, PZ_INGEST_RATE_PER_MINUTE: '100000000', PZ_DB_POOL_SIZE: '10' }, token);
try {
  // Bodies are built per request from a counter: every event is new (no duplicate shortcuts).
  let next = 0;
  const template = makeEvent('bench', 0);
  const body = () => {
    const events: DecisionEvent[] = [];
    for (let k = 0; k < BATCH; k++) {
      const n = next++;
      const hex = n.toString(16).padStart(12, '0');
      events.push({ ...template, id: `00000000-0000-4000-8000-${hex}`, sizeBytes: 200 + (n % 1000) });
    }
    return JSON.stringify({ wireVersion: 1, events });
  };

  const latencies: number[] = [];
  const rss: { t: number; mb: number }[] = [];
  let acked = 0;
  let errors = 0;
  const start = performance.now();
  const deadline = start + seconds * 1000;
  const sampler = setInterval(() => rss.push({ t: (performance.now() - start) / 1000, mb: rssMb(child.proc.pid!) }), 1000);

  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const payload = body();
        const t0 = performance.now();
        const r = await fetch(`${child.url}/v1/events`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: payload });
        const text = await r.text();
        latencies.push(performance.now() - t0);
        if (r.status === 200) acked += (JSON.parse(text) as { accepted: number }).accepted;
        else errors++;
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  clearInterval(sampler);
  const eventsPerSec = acked / elapsed;
  latencies.sort((a, b) => a - b);

  // The ceiling: COPY of the same number of rows (capped) into an identical scratch table.
  const copyRows = Math.min(acked, 500_000);
  const rows: DecisionEvent[] = [];
  for (let n = 0; n < copyRows; n++) rows.push({ ...template, id: `00000000-0000-4000-9000-${n.toString(16).padStart(12, '0')}`, sizeBytes: 200 + (n % 1000) });
  const { rowsPerSec: copyPerSec, storedRows: stored } = await measureCopyCeiling(tdb.url, 'default', rows);

  const firstMin = rss.filter((s) => s.t <= Math.min(60, elapsed / 2));
  const lastMin = rss.filter((s) => s.t >= elapsed - Math.min(60, elapsed / 2));
  const mean = (xs: { mb: number }[]) => xs.reduce((s, x) => s + x.mb, 0) / Math.max(1, xs.length);
  const out = {
    seconds: Math.round(elapsed),
    clients: concurrency,
    batch: BATCH,
    ackedEvents: acked,
    storedRows: stored,
    errors,
    eventsPerSec: Math.round(eventsPerSec),
    ackP50Ms: Math.round(percentile(latencies, 50) * 10) / 10,
    ackP99Ms: Math.round(percentile(latencies, 99) * 10) / 10,
    copyRowsPerSec: Math.round(copyPerSec),
    ingestVsCopy: Math.round((eventsPerSec / copyPerSec) * 1000) / 1000,
    rssMbFirst: Math.round(mean(firstMin)),
    rssMbLast: Math.round(mean(lastMin)),
    rssMbMax: Math.round(Math.max(...rss.map((s) => s.mb))),
    rssLastOverFirst: Math.round((mean(lastMin) / mean(firstMin)) * 100) / 100,
  };
  console.log(JSON.stringify(out, null, 2));
  console.log(`ingest ${out.eventsPerSec} events/s = ${(out.ingestVsCopy * 100).toFixed(1)}% of COPY ${out.copyRowsPerSec} rows/s; ack p50 ${out.ackP50Ms} ms p99 ${out.ackP99Ms} ms; RSS ${out.rssMbFirst}→${out.rssMbLast} MB (×${out.rssLastOverFirst})`);
} finally {
  child.proc.kill('SIGTERM');
  await child.exited;
  await tdb.drop();
}
