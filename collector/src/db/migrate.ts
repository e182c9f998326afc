import { Migrator, type MigrationResultSet } from 'kysely';
import type { Db } from './database';
import { MIGRATIONS } from './migrations/index';

function migrator(db: Db): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
}

export async function migrateToLatest(db: Db): Promise<void> {
  const r: MigrationResultSet = await migrator(db).migrateToLatest();
  if (r.error) {
    const failed = r.results?.find((m) => m.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`migration ${failed} failed: ${(r.error as Error).message ?? String(r.error)}`, { cause: r.error });
  }
}

/** Names of listed migrations not yet applied (readyz is false while any remain). */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const all = await migrator(db).getMigrations();
  return all.filter((m) => !m.executedAt).map((m) => m.name);
}
