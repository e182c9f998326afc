// Opens the database, applies migrations, bootstraps the default tenant and policy, and closes
// the database last on shutdown (after routes have drained).
import fp from 'fastify-plugin';
import { connectDatabase, type DatabaseHandle } from '../db/connect';
import type { Db } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { DEFAULT_TENANT, ensureTenant } from '../db/repositories/identity';
import { ensurePolicySeeded } from '../db/repositories/policies';
import { createDrain, type Drain } from '../ingest/drain';
import type { Env } from './env';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    dbHandle: DatabaseHandle;
    /** Wrap ingest writes in `app.drain.track(...)`: shutdown waits for them before closing the db. */
    drain: Drain;
  }
}

export const dbPlugin = fp<{ env: Env; handle?: DatabaseHandle | undefined }>(
  async (app, { env, handle }) => {
    const h = handle ?? (await connectDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.PZ_DATA_DIR, poolSize: env.PZ_DB_POOL_SIZE }));
    app.decorate('dbHandle', h);
    app.decorate('db', h.db);
    const drain = createDrain();
    app.decorate('drain', drain);
    app.addHook('onClose', async () => {
      await drain.idle();
      await h.close();
    });
    await migrateToLatest(h.db);
    await ensureTenant(h.db, DEFAULT_TENANT);
    await ensurePolicySeeded(h.db, DEFAULT_TENANT);
  },
  { name: 'pz-db' },
);
