import { LsaEmbedder } from '../embed/lsa';
import type { Embedder } from '../embed/types';
import { DEFAULT_FUSION, type Fusion } from '../retrieval/fusion';
import { EmbeddedStore } from '../stores/embedded';
import type { KbStore, SearchRequest } from '../stores/types';
import { scoreRun, type RunScores } from './metrics';
import type { TestCollection } from './test-collection';

export interface EvalConfig {
  name: string;
  mode: SearchRequest['mode'];
  fusion?: Fusion;
}

export const STANDARD_CONFIGS: EvalConfig[] = [
  { name: 'bm25', mode: 'bm25' },
  { name: 'dense (lsa)', mode: 'dense' },
  { name: 'hybrid 0.3/0.7', mode: 'hybrid', fusion: DEFAULT_FUSION },
  { name: 'hybrid rrf', mode: 'hybrid', fusion: { kind: 'rrf', k: 60 } },
];

/** Indexes a test collection (one chunk per document) into a store and scores each config. */
export async function evaluateCollection(
  tc: TestCollection,
  configs: readonly EvalConfig[] = STANDARD_CONFIGS,
  opts: { store?: KbStore; embedder?: Embedder; k?: number } = {},
): Promise<Array<EvalConfig & { scores: RunScores }>> {
  const embedder = opts.embedder ?? new LsaEmbedder({ dimensions: 200, seed: 1 });
  const store = opts.store ?? new EmbeddedStore();
  const texts = tc.docs.map((d) => `${d.title}\n${d.text}`);
  await embedder.fit?.(texts);
  const vectors = await embedder.embed(texts);
  await store.upsert(
    tc.docs.map((d, i) => ({
      id: `${d.id}:0`, tenantId: 'eval', documentId: d.id, title: d.title, source: 'cranfield', headingPath: [], text: d.text,
      start: 0, end: d.text.length, acl: [], vector: vectors[i]!,
    })),
  );
  const qv = await embedder.embed(tc.queries.map((q) => q.text));
  const k = opts.k ?? 100;
  const results: Array<EvalConfig & { scores: RunScores }> = [];
  for (const config of configs) {
    const run = new Map<string, string[]>();
    for (const [i, q] of tc.queries.entries()) {
      const hits = await store.search({ tenantId: 'eval', text: q.text, vector: qv[i]!, groups: [], k, mode: config.mode, fusion: config.fusion ?? DEFAULT_FUSION });
      run.set(q.id, hits.map((h) => h.chunk.documentId));
    }
    results.push({ ...config, scores: scoreRun(run, tc.qrels) });
  }
  return results;
}
