import MiniSearch from 'minisearch';
import { scoreRun, type RunScores } from './metrics';
import type { TestCollection } from './test-collection';

/**
 * The reference point: MiniSearch (a well-known npm full-text library whose ranking is BM25+) with
 * its default tokenizer, indexing the same title + text and answering the same queries.
 */
export function evaluateMiniSearch(tc: TestCollection, k = 100): RunScores {
  const ms = new MiniSearch<{ id: string; title: string; text: string }>({ fields: ['title', 'text'], idField: 'id' });
  ms.addAll(tc.docs);
  const run = new Map<string, string[]>();
  for (const q of tc.queries) run.set(q.id, ms.search(q.text).slice(0, k).map((r) => String(r.id)));
  return scoreRun(run, tc.qrels);
}
