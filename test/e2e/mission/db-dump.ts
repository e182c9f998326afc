// Child-process script: every row of every table in the collector's database as JSON lines
// `{"table": …, "row": {…}}`, opened through the collector's own connectDatabase (PGlite data dir
// or PostgreSQL URL). row_to_json covers every column type: text and jsonb verbatim, bytea as hex
// (ciphertext cannot spell a fixture value), so a leak anywhere in the schema shows up.
// Run as a child because PGlite is the collector's dependency and holds its data dir exclusively:
//   PZ_DUMP_DATA_DIR=… | PZ_DUMP_DATABASE_URL=…  node --import tsx test/e2e/mission/db-dump.ts
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { connectDatabase } from '../../../collector/src/db/connect';

// kysely is the collector's dependency, not the test package's: resolve it from there.
const kyselyPath = createRequire(new URL('../../../collector/package.json', import.meta.url)).resolve('kysely');
interface Raw { execute(db: unknown): Promise<{ rows: Record<string, string>[] }> }
interface SqlTag { raw(s: string): Raw }
const kysely = (await import(pathToFileURL(kyselyPath).href)) as { sql?: SqlTag; default?: { sql: SqlTag } };
const sql = (kysely.sql ?? kysely.default!.sql);
const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

const databaseUrl = process.env.PZ_DUMP_DATABASE_URL || undefined;
const dataDir = process.env.PZ_DUMP_DATA_DIR || undefined;
if (!databaseUrl && !dataDir) throw new Error('set PZ_DUMP_DATABASE_URL or PZ_DUMP_DATA_DIR');
const h = await connectDatabase(databaseUrl ? { databaseUrl, poolSize: 1 } : { dataDir: dataDir! });
try {
  const tables = await sql.raw(`select table_schema as schema, table_name as name from information_schema.tables
    where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema') order by 1, 2`).execute(h.db);
  for (const t of tables.rows) {
    const rows = await sql.raw(`select row_to_json(x)::text as j from ${ident(t.schema!)}.${ident(t.name!)} x`).execute(h.db);
    for (const r of rows.rows) process.stdout.write(`{"table":${JSON.stringify(`${t.schema}.${t.name}`)},"row":${r.j}}\n`);
  }
} finally {
  await h.close();
}
