// Opens the database the environment asks for: PostgreSQL via postgres.js when a URL is given,
// otherwise an embedded PGlite in a data directory (or a snapshot, for tests).
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { PostgresJSDialect } from 'kysely-postgres-js';
import postgres from 'postgres';
import type { Database, Db } from './database';
import { PGliteDialect } from './pglite-dialect';

export interface DatabaseHandle {
  db: Db;
  kind: 'postgres' | 'pglite';
  /** The postgres.js client when kind is 'postgres' (bulk COPY paths use it). */
  pg?: postgres.Sql;
  close(): Promise<void>;
}

export interface ConnectOptions {
  databaseUrl?: string | undefined;
  dataDir?: string;
  poolSize?: number;
  /** An already-open PGlite (tests load a migrated snapshot); closed with the handle. */
  pglite?: PGlite;
}

export async function connectDatabase(o: ConnectOptions): Promise<DatabaseHandle> {
  if (o.databaseUrl) {
    const pg = postgres(o.databaseUrl, {
      max: o.poolSize ?? 10,
      onnotice: () => {},
      // int8 counts as JS numbers: our counters stay far below 2^53.
      types: {
        bigint: { to: 20, from: [20], serialize: (x: number) => String(x), parse: (x: string) => Number(x) },
        // jsonb parameters arrive as JSON text (the house convention, and what PGlite expects):
        // pass strings through instead of JSON-encoding them a second time.
        jsonb: { to: 3802, from: [3802], serialize: (x: unknown) => (typeof x === 'string' ? x : JSON.stringify(x)), parse: (x: string) => JSON.parse(x) as unknown },
        json: { to: 114, from: [114], serialize: (x: unknown) => (typeof x === 'string' ? x : JSON.stringify(x)), parse: (x: string) => JSON.parse(x) as unknown },
      },
    });
    const db = new Kysely<Database>({ dialect: new PostgresJSDialect({ postgres: pg }) });
    return { db, kind: 'postgres', pg, close: () => db.destroy().then(() => pg.end({ timeout: 5 })) };
  }
  let pglite = o.pglite;
  if (!pglite) {
    // 'memory://' is PGlite's in-memory store, not a folder to create.
    if (o.dataDir && !o.dataDir.startsWith('memory://')) mkdirSync(o.dataDir, { recursive: true });
    pglite = await PGlite.create(o.dataDir ?? 'memory://');
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  const owned = pglite;
  return { db, kind: 'pglite', close: async () => { await db.destroy(); await owned.close(); } };
}
