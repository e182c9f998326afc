// Claim: the console overview answers fast however many events are stored, because it reads the
// stored model run and daily roll-ups; the only raw events it reads are today's (not yet rolled up).
// Loads N decision events into a fresh PostgreSQL database with COPY (indexes and primary key
// dropped during the load and rebuilt after: the way a 10M-row load stays in minutes), runs the
// roll-up and the exposure job (timed: that is where the raw events are read), then measures
// GET /v1/exposure/overview p50/p95 against a baseline route measured in the same run
// (GET /v1/auth/me: one authenticated token lookup), and reports how many raw rows the overview's
// "today" part scans, since that is the part that grows with the event volume.
//   pnpm exec tsx bench/exposure-api.ts [--events 1000000] [--requests 200] [--db postgres://pz:pz@127.0.0.1:5432/pz_test]
import { randomBytes, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { buildApp } from '../collector/src/app';
import { connectDatabase } from '../collector/src/db/connect';
import { migrateToLatest } from '../collector/src/db/migrate';
import { DEFAULT_TENANT, ensureTenant, insertToken, insertUser } from '../collector/src/db/repositories/identity';
import { ensurePolicySeeded } from '../collector/src/db/repositories/policies';
import { rollupDays, utcDay } from '../collector/src/db/repositories/rollups';
import { computeExposure } from '../collector/src/exposure/compute';
import { generateToken, sha256 } from '../collector/src/identity/secrets';
import { parseEnv } from '../collector/src/plugins/env';

const arg = (name: string, def: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : def;
};
const EVENTS = Number(arg('events', '1000000'));
const REQUESTS = Number(arg('requests', '200'));
const ADMIN_URL = arg('db', process.env.PZ_TEST_DATABASE_URL ?? 'postgres://pz:pz@127.0.0.1:5432/pz_test');
const DAY = 86_400_000;

const APPS = ['chatgpt', 'claude', 'gemini', 'deepseek', 'perplexity', 'microsoft-copilot', 'github-copilot', 'cursor', 'grammarly', 'poe'];
const DEPTS = ['engineering', 'sales', 'support', 'marketing', 'finance', 'hr', 'legal', 'operations', 'product', 'data'];
const KINDS = [
  ['allow', 'sent', '\\N', '{}', '[]', 'none'], ['allow', 'sent', '\\N', '{}', '[]', 'none'], ['allow', 'sent', '\\N', '{}', '[]', 'none'],
  ['coach', 'sent', 'coach-personal-data', '{"EMAIL_ADDRESS": 2}', '["pii"]', 'medium'],
  ['redirect', 'redirected', 'redirect-sensitive', '{"EMAIL_ADDRESS": 9, "PHONE_NUMBER": 9}', '["customer_records"]', 'high'],
  ['redirect', 'sent_with_justification', 'redirect-sensitive', '{"EMAIL_ADDRESS": 5}', '["customer_records"]', 'high'],
  ['block', 'blocked', 'block-secrets', '{"SECRET": 1}', '["credentials"]', 'critical'],
] as const;

function* rows(n: number, now: number): Generator<string> {
  let chunk = '';
  for (let i = 0; i < n; i++) {
    const k = KINDS[i % KINDS.length]!;
    const at = new Date(now - (i % (30 * 24 * 60)) * 60_000 - (i % 60) * 1000).toISOString();
    const user = (i % 2000).toString(16).padStart(32, '0');
    chunk += `${randomUUID()}\t${DEFAULT_TENANT}\t${at}\t${at}\tdev-${i % 2000}\t${user}\t${DEPTS[i % DEPTS.length]}\t${APPS[(i * 7) % APPS.length]}\thost.example\tprompt\tunsanctioned\t${k[0]}\t${k[1]}\t${k[2]}\t1\t${k[3]}\t${k[4]}\t${k[5]}\t${300 + (i % 2000)}\t\\N\t\\N\t\\N\t\\N\n`;
    if (chunk.length > 1 << 20) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

const pct = (xs: number[], q: number) => xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]!;

async function main() {
  const name = `pz_bench_${randomBytes(4).toString('hex')}`;
  const adminHandle = await connectDatabase({ databaseUrl: ADMIN_URL, poolSize: 1 });
  const admin = adminHandle.pg!;
  await admin.unsafe(`create database ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  try {
    const handle = await connectDatabase({ databaseUrl: url.toString(), poolSize: 4 });
    await migrateToLatest(handle.db);
    await ensureTenant(handle.db);
    await ensurePolicySeeded(handle.db, DEFAULT_TENANT);
    const now = Date.now();
    const pg = handle.pg!;
    // Bulk load: maintaining three b-trees row by row costs more than building them once afterwards.
    // The definitions are read back from the catalog, so the rebuilt schema is the migrated one.
    const indexes = await pg<{ indexdef: string; indexname: string }[]>`
      select i.indexname, i.indexdef from pg_indexes i where i.tablename = 'decision_events'
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`;
    const constraints = await pg<{ conname: string; def: string }[]>`
      select conname, pg_get_constraintdef(oid) as def from pg_constraint where conrelid = 'decision_events'::regclass and contype in ('p', 'u')`;
    for (const c of constraints) await pg.unsafe(`alter table decision_events drop constraint ${c.conname}`);
    for (const i of indexes) await pg.unsafe(`drop index ${i.indexname}`);
    let t = performance.now();
    const writable = await pg`copy decision_events (id, tenant_id, received_at, occurred_at, device_id, user_pseudonym, department, app_id, host, channel, tier, action, outcome, rule_id, policy_version, entities, classes, severity, size_bytes, file_type, file_size, justification, handoff_id) from stdin`.writable();
    await pipeline(Readable.from(rows(EVENTS, now)), writable);
    const loadS = (performance.now() - t) / 1000;
    t = performance.now();
    await pg.unsafe(`set maintenance_work_mem = '256MB'`);
    for (const c of constraints) await pg.unsafe(`alter table decision_events add constraint ${c.conname} ${c.def}`);
    for (const i of indexes) await pg.unsafe(i.indexdef);
    await pg.unsafe('analyze decision_events');
    const indexS = (performance.now() - t) / 1000;
    console.log(`loaded ${EVENTS.toLocaleString('en-US')} decision events with COPY in ${loadS.toFixed(1)} s (${Math.round(EVENTS / loadS).toLocaleString('en-US')} rows/s); ${constraints.length + indexes.length} indexes rebuilt + analyze in ${indexS.toFixed(1)} s`);
    t = performance.now();
    await rollupDays(handle.db, utcDay(new Date(now - 31 * DAY)), utcDay(new Date(now)));
    console.log(`roll-up of 31 days: ${((performance.now() - t) / 1000).toFixed(1)} s`);
    t = performance.now();
    const run = await computeExposure(handle.db, DEFAULT_TENANT);
    console.log(`exposure job (30-day window + 5 weekly windows, 100k trials): ${((performance.now() - t) / 1000).toFixed(1)} s, mean $${Math.round(run.meanUsd).toLocaleString('en-US')}`);

    const env = parseEnv({ DATABASE_URL: url.toString(), LOG_LEVEL: 'silent', PZ_SCHEDULE_JOBS: 'false', PZ_CONSOLE_DIR: '/nonexistent' });
    const app = await buildApp(env, { logger: false, database: handle });
    await app.ready();
    const token = generateToken('session');
    const userId = await insertUser(app.db, { tenantId: DEFAULT_TENANT, email: 'bench@example.com', displayName: 'bench', role: 'executive', passwordHash: 'x' });
    await insertToken(app.db, { tenantId: DEFAULT_TENANT, kind: 'session', tokenHash: sha256(token), label: 'bench', userId: userId! });
    const headers = { authorization: `Bearer ${token}` };
    const time = async (url: string) => {
      const ms: number[] = [];
      for (let i = 0; i < 10; i++) await app.inject({ method: 'GET', url, headers }); // warm-up
      for (let i = 0; i < REQUESTS; i++) {
        const t0 = performance.now();
        const r = await app.inject({ method: 'GET', url, headers });
        ms.push(performance.now() - t0);
        if (r.statusCode !== 200) throw new Error(`${url}: ${r.statusCode} ${r.body.slice(0, 200)}`);
      }
      return ms;
    };
    const base = await time('/v1/auth/me');
    const overview = await time('/v1/exposure/overview');
    console.log(`GET /v1/exposure/overview over ${EVENTS.toLocaleString('en-US')} events: p50 ${pct(overview, 0.5).toFixed(1)} ms, p95 ${pct(overview, 0.95).toFixed(1)} ms (${REQUESTS} requests)`);
    console.log(`baseline GET /v1/auth/me: p50 ${pct(base, 0.5).toFixed(1)} ms, p95 ${pct(base, 0.95).toFixed(1)} ms`);
    console.log(`ratio overview/baseline p95: ${(pct(overview, 0.95) / pct(base, 0.95)).toFixed(2)}×`);
    // The part that grows with volume: today's raw events, read until the nightly roll-up covers them.
    const windowEnd = new Date((JSON.parse((await app.inject({ method: 'GET', url: '/v1/exposure/overview', headers })).body) as { current: { windowEnd: string } }).current.windowEnd);
    const today = new Date(Math.floor(windowEnd.getTime() / DAY) * DAY);
    const t0 = performance.now();
    const [raw] = await pg<{ n: number }[]>`select count(*)::int as n from decision_events where tenant_id = ${DEFAULT_TENANT} and occurred_at >= ${today} and occurred_at < ${windowEnd} and severity <> 'none'`;
    const rawMs = performance.now() - t0;
    const [total] = await pg<{ n: number }[]>`select pg_total_relation_size('decision_events')::bigint as n`;
    console.log(`overview reads ${raw!.n.toLocaleString('en-US')} raw sensitive events of today (${((raw!.n / EVENTS) * 100).toFixed(1)}% of all; the rest from roll-ups), counting them alone takes ${rawMs.toFixed(0)} ms; decision_events ${(Number(total!.n) / 2 ** 30).toFixed(2)} GiB`);
    await app.close();
  } finally {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await adminHandle.close();
  }
}

await main();
