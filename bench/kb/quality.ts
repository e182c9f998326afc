// Retrieval quality on Cranfield (1,400 docs, 225 queries, graded judgments) in one run:
// our BM25, dense (LSA) and hybrid fusions next to MiniSearch on the same documents and queries.
// Run: pnpm exec tsx bench/kb/quality.ts [--dims 200]
import { parseArgs } from 'node:util';
import { LsaEmbedder } from '../../collector/src/kb/embed/lsa';
import { evaluateMiniSearch } from '../../collector/src/kb/eval/minisearch-baseline';
import { evaluateCollection } from '../../collector/src/kb/eval/run';
import { loadCranfield } from '../../collector/src/kb/eval/test-collection';

const { values } = parseArgs({ options: { dims: { type: 'string', default: '200' } } });
const tc = loadCranfield(new URL('../../../shared/eval/ir/cranfield/', import.meta.url));
const t0 = performance.now();
const library = evaluateMiniSearch(tc);
const t1 = performance.now();
const ours = await evaluateCollection(tc, undefined, { embedder: new LsaEmbedder({ dimensions: Number(values.dims), seed: 1 }) });
const t2 = performance.now();

const row = (name: string, s: { ndcg10: number; recall10: number; recall100: number; mrr: number }) =>
  `${name.padEnd(22)} ${s.ndcg10.toFixed(4)}   ${s.recall10.toFixed(4)}    ${s.recall100.toFixed(4)}     ${s.mrr.toFixed(4)}`;
console.log(`Cranfield: ${tc.docs.length} docs, ${tc.queries.length} queries, LSA ${values.dims} dims`);
console.log(`${'method'.padEnd(22)} nDCG@10  recall@10  recall@100  MRR`);
console.log(row('minisearch (library)', library));
for (const r of ours) console.log(row(r.name, r.scores));
const bm25 = ours.find((r) => r.mode === 'bm25')!.scores;
const bestSingle = Math.max(...ours.filter((r) => r.mode !== 'hybrid').map((r) => r.scores.ndcg10));
const bestHybrid = Math.max(...ours.filter((r) => r.mode === 'hybrid').map((r) => r.scores.ndcg10));
console.log(`ratio our BM25 / library nDCG@10: ${(bm25.ndcg10 / library.ndcg10).toFixed(3)} (goal ≥ 1)`);
console.log(`ratio best hybrid / best single nDCG@10: ${(bestHybrid / bestSingle).toFixed(3)} (goal ≥ 1)`);
console.log(`time: library ${(t1 - t0).toFixed(0)} ms; ours (fit + index + 4×225 queries) ${(t2 - t1).toFixed(0)} ms`);
