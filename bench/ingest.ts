// Ingest throughput: a real collector process (PostgreSQL) fed over loopback HTTP in batches of 500
// by concurrent keep-alive clients; p50/p99 acknowledgement latency; collector RSS sampled each
// second; and, in the same run, raw COPY of the same rows into the same database as the ceiling.
//
//   pnpm exec tsx bench/ingest.ts                 # short run (20 s)
//   pnpm exec tsx bench/ingest.ts --minutes 5     # the full run (RSS flatness over 5 minutes)
//   pnpm exec tsx bench/ingest.ts --client fetch  # the previous load generator (fetch, objects + JSON.stringify per batch)
//   PZ_BENCH_DATABASE_URL=postgres://… (default postgres://pz:pz@127.0.0.1:5432/pz_test: a fresh database is created and dropped)
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
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
const useFetch = args.includes('--client') && args[args.indexOf('--client') + 1] === 'fetch';
const BATCH = 500;
const adminUrl = process.env.PZ_BENCH_DATABASE_URL ?? 'postgres://pz:pz@127.0.0.1:5432/pz_test';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** CPU seconds (user + system) a process has used so far. */
function cpuSeconds(pid: number): number {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(f[11]) + Number(f[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
}

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

const tdb = await createTestDatabase(adminUrl);
const token = generateToken('device');
const child = await spawnCollector({ DATABASE_URL: tdb.url, PZ_INGEST_RATE_PER_MINUTE: '100000000', PZ_DB_POOL_SIZE: '10' }, token);
try {
  // Bodies are built per request from a counter: every event is new (no duplicate shortcuts). The
  // generator splices id and size into the template's JSON text instead of building and serialising
  // 500 objects per request: on a 2-core machine the load generator shares the CPU with the collector
  // and PostgreSQL, and a heavy one measures itself (`--client fetch` keeps the old client for A/B).
  let next = 0;
  const template = makeEvent('bench', 0);
  const [head, mid, tail] = JSON.stringify({ ...template, id: '\u0001', sizeBytes: 1e15 }).split(/"\\u0001"|1000000000000000/) as [string, string, string];
  const body = () => {
    const parts: string[] = new Array<string>(BATCH);
    for (let k = 0; k < BATCH; k++) {
      const n = next++;
      parts[k] = `${head}"00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}"${mid}${200 + (n % 1000)}${tail}`;
    }
    return `{"wireVersion":1,"events":[${parts.join(',')}]}`;
  };
  const objectBody = () => {
    const events: DecisionEvent[] = [];
    for (let k = 0; k < BATCH; k++) {
      const n = next++;
      events.push({ ...template, id: `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`, sizeBytes: 200 + (n % 1000) });
    }
    return JSON.stringify({ wireVersion: 1, events });
  };
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const post = useFetch
    ? async (payload: string) => {
        const r = await fetch(`${child.url}/v1/events`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: payload });
        return { status: r.status, text: await r.text() };
      }
    : (payload: string) =>
        new Promise<{ status: number; text: string }>((resolve, reject) => {
          const req = request(`${child.url}/v1/events`, {
            method: 'POST', agent,
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), authorization: `Bearer ${token}` },
          }, (res) => {
            let text = '';
            res.setEncoding('utf8').on('data', (d: string) => (text += d)).on('end', () => resolve({ status: res.statusCode ?? 0, text })).on('error', reject);
          });
          req.on('error', reject).end(payload);
        });

  // CPU per event of each party, not only events/s: on a shared 2-core machine throughput follows
  // everyone else's load, CPU per event much less so. PostgreSQL: the backends serving the bench database.
  const { default: postgresJs } = await import('postgres');
  const pg = postgresJs(adminUrl, { max: 1, onnotice: () => {} });
  const dbName = new URL(tdb.url).pathname.slice(1);
  const backendsCpu = async () => {
    const rows = await pg<{ pid: number }[]>`select pid from pg_stat_activity where datname = ${dbName}`;
    return rows.reduce((sum, r) => { try { return sum + cpuSeconds(r.pid); } catch { return sum; } }, 0);
  };

  const latencies: number[] = [];
  const rss: { t: number; mb: number }[] = [];
  let acked = 0;
  let errors = 0;
  // Warm-up (JIT, pool connections) outside the measured window.
  let warmupEvents = 0;
  for (let i = 0; i < 4; i++) warmupEvents += (JSON.parse((await post(useFetch ? objectBody() : body())).text) as { accepted: number }).accepted;
  const cpu0 = { collector: cpuSeconds(child.proc.pid!), postgres: await backendsCpu(), client: process.cpuUsage() };
  const start = performance.now();
  const deadline = start + seconds * 1000;
  const sampler = setInterval(() => rss.push({ t: (performance.now() - start) / 1000, mb: rssMb(child.proc.pid!) }), 1000);

  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const payload = useFetch ? objectBody() : body();
        const t0 = performance.now();
        const r = await post(payload);
        const text = r.text;
        latencies.push(performance.now() - t0);
        if (r.status === 200) acked += (JSON.parse(text) as { accepted: number }).accepted;
        else errors++;
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  const clientCpu = process.cpuUsage(cpu0.client);
  const perKEvents = (cpuS: number) => Math.round((cpuS * 1e7) / Math.max(1, acked)) / 10; // CPU ms per 1000 events
  const cpuMsPer1kEvents = {
    collector: perKEvents(cpuSeconds(child.proc.pid!) - cpu0.collector),
    postgres: perKEvents((await backendsCpu()) - cpu0.postgres),
    client: perKEvents((clientCpu.user + clientCpu.system) / 1e6),
  };
  await pg.end();
  agent.destroy();
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
    warmupEvents, // acknowledged before the measured window (storedRows = ackedEvents + warmupEvents)
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
    cpuMsPer1kEvents,
    loadAvg: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
  };
  console.log(JSON.stringify(out, null, 2));
  console.log(`ingest ${out.eventsPerSec} events/s = ${(out.ingestVsCopy * 100).toFixed(1)}% of COPY ${out.copyRowsPerSec} rows/s; ack p50 ${out.ackP50Ms} ms p99 ${out.ackP99Ms} ms; RSS ${out.rssMbFirst}→${out.rssMbLast} MB (×${out.rssLastOverFirst}); CPU ms/1k events collector ${cpuMsPer1kEvents.collector} postgres ${cpuMsPer1kEvents.postgres} client ${cpuMsPer1kEvents.client}; load ${out.loadAvg}`);
} finally {
  child.proc.kill('SIGTERM');
  await child.exited;
  await tdb.drop();
}
