// Hot-path statements written as SQL text with array parameters: PostgreSQL and PGlite receive the
// same text, and with postgres.js the statement is named and prepared once (Kysely's driver sends
// every query unprepared: a Parse/Describe round and a re-plan each time).
import { CompiledQuery } from 'kysely';
import type postgres from 'postgres';
import type { Db } from './database';

/** One PostgreSQL array-literal element: always quoted, so no value reads as NULL or splits on a comma. */
export function el(v: string): string {
  return NEEDS_ESCAPE.test(v) ? `"${v.replace(ESCAPE, '\\$&')}"` : `"${v}"`;
}
const NEEDS_ESCAPE = /["\\]/;
const ESCAPE = /["\\]/g;
export const opt = (v: string | null | undefined): string => (v == null ? 'NULL' : el(v));
export const num = (v: number | null | undefined): string => (v == null ? 'NULL' : String(v));
/** The text of a one-dimensional array parameter from already-encoded elements. */
export const arrayLiteral = (elements: readonly string[]): string => `{${elements.join(',')}}`;

/** Runs a fixed statement: prepared through postgres.js when given, else through Kysely (PGlite). */
export async function runStatement<R>(db: Db, pg: postgres.Sql | undefined, text: string, params: readonly unknown[]): Promise<R[]> {
  if (pg) return (await pg.unsafe(text, params as postgres.ParameterOrJSON<never>[], { prepare: true })) as unknown as R[];
  return (await db.executeQuery<R>(CompiledQuery.raw(text, [...params]))).rows;
}
