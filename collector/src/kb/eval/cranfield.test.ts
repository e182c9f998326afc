import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LsaEmbedder } from '../embed/lsa';
import { evaluateMiniSearch } from './minisearch-baseline';
import { evaluateCollection } from './run';
import { loadCranfield } from './test-collection';

const dir = new URL('../../../../../shared/eval/ir/cranfield/', import.meta.url);

// Real relevance judgments from a collection we did not write: the retrieval claims in the README
// (our BM25 ≥ a well-known library's; hybrid ≥ the best single method) fail here if they regress.
describe.skipIf(!existsSync(dir))('Cranfield retrieval quality', () => {
  it('loads 1,400 documents, 225 queries and their judgments', () => {
    const tc = loadCranfield(dir);
    expect([tc.docs.length, tc.queries.length, tc.qrels.size]).toEqual([1400, 225, 225]);
  });

  it('our BM25 ≥ MiniSearch, and hybrid ≥ the best single method on nDCG@10', async () => {
    const tc = loadCranfield(dir);
    const library = evaluateMiniSearch(tc);
    const [bm25, dense, hybrid] = await evaluateCollection(
      tc,
      [
        { name: 'bm25', mode: 'bm25' },
        { name: 'dense', mode: 'dense' },
        { name: 'hybrid', mode: 'hybrid', fusion: { kind: 'weighted', bm25: 0.3, dense: 0.7 } },
      ],
      { embedder: new LsaEmbedder({ dimensions: 128, seed: 1 }) },
    );
    expect(bm25!.scores.ndcg10).toBeGreaterThanOrEqual(library.ndcg10);
    expect(bm25!.scores.recall100).toBeGreaterThanOrEqual(library.recall100);
    expect(hybrid!.scores.ndcg10).toBeGreaterThanOrEqual(Math.max(bm25!.scores.ndcg10, dense!.scores.ndcg10));
  }, 120_000);
});
