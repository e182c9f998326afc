// Test harness: the same app on every available target — PGlite always; PostgreSQL + Redis when
// PZ_TEST_DATABASE_URL / PZ_TEST_REDIS_URL are set (a fresh database and Redis prefix per app).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../app';
import { connectDatabase } from '../db/connect';
import { DEFAULT_TENANT, insertToken, insertUser, upsertDevice } from '../db/repositories/identity';
import type { Role } from '../db/tables/core';
import { generateToken, hashPassword, sha256 } from '../identity/secrets';
import { parseEnv, testTargets, type Env, type EnvInput } from '../plugins/env';
import { createTestDatabase } from './test-db';

export { createTestDatabase };

export interface Target {
  name: 'pglite' | 'postgres';
  databaseUrl?: string;
  redisUrl?: string;
}

const services = testTargets();
export const TARGETS: Target[] = [
  { name: 'pglite' },
  ...(services.databaseUrl ? [{ name: 'postgres' as const, databaseUrl: services.databaseUrl, ...(services.redisUrl ? { redisUrl: services.redisUrl } : {}) }] : []),
];
if (!services.databaseUrl) console.warn('PZ_TEST_DATABASE_URL unset: collector tests run on PGlite only');

export async function openPglite(): Promise<PGlite> {
  const snapshot = readFileSync(inject('pgliteSnapshot'));
  return PGlite.create({ loadDataDir: new Blob([snapshot]) });
}

export interface TestApp {
  app: FastifyInstance;
  env: Env;
  target: Target;
  /** A session token for a new user with this role. */
  tokenFor(role: Role | 'device' | 'sensor'): Promise<string>;
  close(): Promise<void>;
}

export async function startTestApp(target: Target, overrides: Partial<Record<keyof EnvInput, string>> = {}): Promise<TestApp> {
  const prefix = `pzt${randomBytes(4).toString('hex')}`;
  let drop: (() => Promise<void>) | undefined;
  let env: Env;
  let app: FastifyInstance;
  // Detection on the request thread unless a test asks for workers (analysis-pool tests do): a
  // worker per test app would cost every suite its start-up.
  const base = { PZ_SCHEDULE_JOBS: 'false', LOG_LEVEL: 'silent', PZ_REDIS_PREFIX: prefix, PZ_GATEWAY_ANALYSIS_WORKERS: '0', ...overrides };
  if (target.name === 'postgres' && target.databaseUrl) {
    const tdb = await createTestDatabase(target.databaseUrl);
    drop = tdb.drop;
    env = parseEnv({ ...base, DATABASE_URL: tdb.url, ...(target.redisUrl ? { REDIS_URL: target.redisUrl } : {}) });
    app = await buildApp(env, { logger: false });
  } else {
    env = parseEnv(base);
    app = await buildApp(env, { logger: false, database: await connectDatabase({ pglite: await openPglite() }) });
  }
  await app.ready();
  let n = 0;
  let closed = false;
  return {
    app,
    env,
    target,
    async tokenFor(kind) {
      n++;
      const token = generateToken(kind === 'device' ? 'device' : kind === 'sensor' ? 'sensor' : 'session');
      if (kind === 'device') {
        const deviceId = `test-device-${n}`;
        await upsertDevice(app.db, { tenantId: DEFAULT_TENANT, deviceId, browser: 'chrome', extensionVersion: '0.0.0', userPseudonym: null });
        await insertToken(app.db, { tenantId: DEFAULT_TENANT, kind: 'device', tokenHash: sha256(token), label: deviceId, deviceId });
      } else if (kind === 'sensor') {
        await insertToken(app.db, { tenantId: DEFAULT_TENANT, kind: 'sensor', tokenHash: sha256(token), label: `sensor-${n}` });
      } else {
        // A cheap hash: these users never log in with a password.
        const userId = await insertUser(app.db, { tenantId: DEFAULT_TENANT, email: `${kind}-${n}-${prefix}@test.invalid`, displayName: kind, role: kind, passwordHash: 'x' });
        await insertToken(app.db, { tenantId: DEFAULT_TENANT, kind: 'session', tokenHash: sha256(token), label: 'test', userId: userId! });
      }
      return token;
    },
    async close() {
      if (closed) return;
      closed = true;
      await app.close();
      await drop?.();
    },
  };
}

export { hashPassword };
