import { readFileSync } from 'node:fs';

export interface TestCollection {
  docs: Array<{ id: string; title: string; text: string }>;
  queries: Array<{ id: string; text: string }>;
  /** query id → doc id → graded gain (higher is more relevant). */
  qrels: Map<string, Map<string, number>>;
}

/** SMART-format fields: `.I id`, then `.T`, `.A`, `.B`, `.W` sections. */
function parseSmart(text: string): Array<{ id: string; fields: Record<string, string> }> {
  const out: Array<{ id: string; fields: Record<string, string> }> = [];
  let current: { id: string; fields: Record<string, string> } | undefined;
  let field = '';
  for (const line of text.split(/\r?\n/)) {
    const m = /^\.([A-Z])(?:\s+(.*))?$/.exec(line);
    if (m?.[1] === 'I') {
      current = { id: (m[2] ?? '').trim(), fields: {} };
      out.push(current);
      field = '';
    } else if (m) {
      field = m[1]!;
    } else if (current && field) {
      current.fields[field] = current.fields[field] ? `${current.fields[field]}\n${line}` : line;
    }
  }
  return out;
}

/**
 * The Cranfield collection as shipped in shared/eval: query ids in the judgments are 1..225 in
 * file order (not the numbers printed in cran.qry). Cleverdon's grades run 1 (complete answer) to
 * 4 (minimum interest); -1 marks a judged-relevant pair with no grade, counted as the lowest grade.
 */
export function loadCranfield(dir: URL): TestCollection {
  const docs = parseSmart(readFileSync(new URL('cran.all.1400', dir), 'utf8')).map((d) => ({
    id: String(Number(d.id)),
    title: (d.fields.T ?? '').trim(),
    text: (d.fields.W ?? '').trim(),
  }));
  const queries = parseSmart(readFileSync(new URL('cran.qry', dir), 'utf8')).map((q, i) => ({
    id: String(i + 1),
    text: (q.fields.W ?? '').trim(),
  }));
  const qrels = new Map<string, Map<string, number>>();
  for (const line of readFileSync(new URL('cranqrel', dir), 'utf8').split('\n')) {
    const [q, d, grade] = line.trim().split(/\s+/);
    if (!q || !d || grade === undefined) continue;
    const g = Number(grade);
    const gain = g >= 1 && g <= 4 ? 5 - g : 1;
    if (!qrels.has(q)) qrels.set(q, new Map());
    qrels.get(q)!.set(String(Number(d)), gain);
  }
  return { docs, queries, qrels };
}
