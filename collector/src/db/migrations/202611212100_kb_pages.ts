// PDF chunks remember the pages they came from, so a citation can say "p. 3" / "pp. 3–4".
// Nullable: documents without pages (Markdown, HTML, text) and chunks ingested before this keep null.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw('alter table kb_chunks add column page_from integer, add column page_to integer').execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('alter table kb_chunks drop column if exists page_from, drop column if exists page_to').execute(db);
}
