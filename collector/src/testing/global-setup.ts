// Once per test run: a migrated PGlite snapshot, cached on disk by a hash of the migration sources,
// so each test file loads it (seconds) instead of initdb + migrate (tens of seconds on a busy box).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSnapshot: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const dir = fileURLToPath(new URL('../db/migrations/', import.meta.url));
  const hash = createHash('sha256');
  for (const f of readdirSync(dir).sort()) hash.update(f).update(readFileSync(path.join(dir, f)));
  const file = path.join(tmpdir(), `pz-pglite-${hash.digest('hex').slice(0, 16)}.tgz`);
  if (!existsSync(file)) {
    const { PGlite } = await import('@electric-sql/pglite');
    const { connectDatabase } = await import('../db/connect');
    const { migrateToLatest } = await import('../db/migrate');
    const pg = await PGlite.create('memory://');
    const h = await connectDatabase({ pglite: pg });
    await migrateToLatest(h.db);
    const dump = await pg.dumpDataDir('gzip');
    await h.close();
    const tmp = `${file}.${process.pid}`;
    writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
    renameSync(tmp, file);
  }
  project.provide('pgliteSnapshot', file);
}
