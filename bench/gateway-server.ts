// The collector under test for bench/gateway.ts, in its own process: the bench's client and fake
// model then run on the other core, and this process's CPU is the gateway's alone.
// Started with fork(); reports { url, token } over IPC, answers 'cpu' with its CPU ms, exits on 'close'.
// Env: BENCH_FAKE_URL (the fake Messages API), BENCH_DATABASE_URL (PostgreSQL; PGlite in memory if unset),
// BENCH_ANALYSIS_WORKERS (detection threads; the collector's default when unset).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp } from '../collector/src/app';
import { connectDatabase } from '../collector/src/db/connect';
import { insertGatewayToken } from '../collector/src/db/repositories/gateway-usage';
import { DEFAULT_TENANT } from '../collector/src/db/repositories/identity';
import { generateGatewayToken } from '../collector/src/gateway/caller';
import { sha256 } from '../collector/src/identity/secrets';
import { parseEnv } from '../collector/src/plugins/env';

const fakeUrl = process.env.BENCH_FAKE_URL;
if (!fakeUrl || !process.send) throw new Error('gateway-server: start me with fork() and BENCH_FAKE_URL');
const dataDir = mkdtempSync(path.join(tmpdir(), 'pz-bench-gw-'));
const env = parseEnv({ LOG_LEVEL: 'silent', PZ_DATA_DIR: dataDir, ANTHROPIC_API_KEY: 'sk-bench', ANTHROPIC_BASE_URL: fakeUrl, PZ_GATEWAY_VAULT_KEY: randomBytes(32).toString('hex'), PZ_SCHEDULE_JOBS: 'false',
  ...(process.env.BENCH_ANALYSIS_WORKERS ? { PZ_GATEWAY_ANALYSIS_WORKERS: process.env.BENCH_ANALYSIS_WORKERS } : {}) });
const databaseUrl = process.env.BENCH_DATABASE_URL;
const app = await buildApp(env, { logger: false, database: await connectDatabase(databaseUrl ? { databaseUrl } : { dataDir: 'memory://' }) });
await app.listen({ port: 0, host: '127.0.0.1' });
const token = generateGatewayToken();
await insertGatewayToken(app.db, { tenantId: DEFAULT_TENANT, tokenHash: sha256(token), userPseudonym: 'b'.repeat(64), department: 'bench', label: 'bench' });

process.on('message', (m: unknown) => {
  if (m === 'cpu') {
    const u = process.cpuUsage();
    process.send!({ cpuMs: (u.user + u.system) / 1000, rssMb: process.memoryUsage().rss / 2 ** 20 });
  } else if (m === 'close') {
    void app.close().then(() => {
      rmSync(dataDir, { recursive: true, force: true });
      process.exit(0);
    });
  }
});
await app.gateway.pool?.ready();
process.send({ url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`, token, workers: env.PZ_GATEWAY_ANALYSIS_WORKERS });
