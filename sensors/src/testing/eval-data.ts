import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Third-party evaluation data lives beside the repo (../shared/eval), never inside it. */
export const EVAL_DIR = fileURLToPath(new URL('../../../../shared/eval/', import.meta.url));
export const hasEval = existsSync(EVAL_DIR);

export function evalPath(rel: string): string {
  return EVAL_DIR + rel;
}

/** Rows of a Zeek TSV log (as in Zeek's btest baselines), keyed by the `#fields` header. */
export function readZeekTsv(rel: string): Array<Record<string, string>> {
  const lines = readFileSync(evalPath(rel), 'utf8').split('\n');
  let fields: string[] = [];
  const rows: Array<Record<string, string>> = [];
  for (const line of lines) {
    if (line.startsWith('#fields\t')) { fields = line.split('\t').slice(1); continue; }
    if (line.startsWith('#') || !line.trim()) continue;
    // The .cut baselines have a plain header line instead of #fields.
    if (!fields.length) { fields = line.split('\t'); continue; }
    const cols = line.split('\t');
    rows.push(Object.fromEntries(fields.map((f, i) => [f, cols[i] ?? ''])));
  }
  return rows;
}

/** Multiset as sorted "a|b" strings: easy to diff in a failing assertion. */
export function multiset(pairs: Iterable<readonly [string, string]>): string[] {
  return [...pairs].map(([a, b]) => `${a}|${b}`).sort();
}
