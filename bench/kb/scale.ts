// Scale of the embedded store: 50k chunks (Cranfield passages + synthetic text drawn from the same
// vocabulary), random ACLs over 8 groups. Prints index time, RSS, and query p50/p95 with ACL
// filtering for hybrid, BM25 and dense — next to MiniSearch on the same chunks as the baseline.
// Run: pnpm exec tsx bench/kb/scale.ts [--chunks 50000] [--queries 225]
import { parseArgs } from 'node:util';
import MiniSearch from 'minisearch';
import { LsaEmbedder } from '../../collector/src/kb/embed/lsa';
import { mulberry32 } from '../../collector/src/kb/embed/linear-algebra';
import { loadCranfield } from '../../collector/src/kb/eval/test-collection';
import { DEFAULT_FUSION } from '../../collector/src/kb/retrieval/fusion';
import { EmbeddedStore } from '../../collector/src/kb/stores/embedded';
import type { StoredChunk } from '../../collector/src/kb/stores/types';

const { values } = parseArgs({ options: { chunks: { type: 'string', default: '50000' }, queries: { type: 'string', default: '225' } } });
const target = Number(values.chunks);
const rand = mulberry32(7);
const tc = loadCranfield(new URL('../../../shared/eval/ir/cranfield/', import.meta.url));
const GROUPS = ['hr', 'finance', 'legal', 'eng', 'sales', 'exec', 'it', 'ops'];

// Real passages first (each Cranfield abstract split into ~2-sentence passages), then synthetic
// passages sampled from those words so the vocabulary and length distribution stay realistic.
const passages: string[] = [];
for (const d of tc.docs) {
  const sentences = d.text.split(/(?<=\.)\s+/);
  for (let i = 0; i < sentences.length; i += 2) passages.push(sentences.slice(i, i + 2).join(' '));
}
const words = passages.join(' ').split(/\s+/).filter((w) => /^[a-z]{3,}$/.test(w));
while (passages.length < target) {
  const n = 20 + Math.floor(rand() * 60);
  passages.push(Array.from({ length: n }, () => words[Math.floor(rand() * words.length)]).join(' '));
}
passages.length = target;
const acls = passages.map(() => (rand() < 0.6 ? [] : [GROUPS[Math.floor(rand() * GROUPS.length)]!]));

const mb = () => Math.round(process.memoryUsage().rss / 1048576);
globalThis.gc?.();
const rss0 = mb();
const t0 = performance.now();
const lsa = new LsaEmbedder({ dimensions: 128, seed: 1 });
await lsa.fit(passages);
const t1 = performance.now();
const vectors = await lsa.embed(passages);
const store = new EmbeddedStore();
const chunks: StoredChunk[] = passages.map((text, i) => ({
  id: `c${i}`, tenantId: 't', documentId: `d${Math.floor(i / 4)}`, title: '', source: 'bench', headingPath: [], text, start: 0, end: text.length, acl: acls[i]!, vector: vectors[i]!,
}));
await store.upsert(chunks);
const t2 = performance.now();
globalThis.gc?.();
const rss1 = mb();

const queries = tc.queries.slice(0, Number(values.queries));
const qv = await lsa.embed(queries.map((q) => q.text));
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
async function time(mode: 'hybrid' | 'bm25' | 'dense') {
  const ms: number[] = [];
  for (const [i, q] of queries.entries()) {
    const groups = [GROUPS[i % GROUPS.length]!];
    const s = performance.now();
    const hits = await store.search({ tenantId: 't', text: q.text, vector: qv[i]!, groups, k: 10, mode, fusion: DEFAULT_FUSION });
    ms.push(performance.now() - s);
    if (hits.some((h) => h.chunk.acl.length && !h.chunk.acl.includes(groups[0]!))) throw new Error('ACL violated');
  }
  return { p50: pct(ms, 50), p95: pct(ms, 95) };
}
const results = { hybrid: await time('hybrid'), bm25: await time('bm25'), dense: await time('dense') };

const m0 = performance.now();
const ms = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
ms.addAll(passages.map((text, id) => ({ id, text })));
const m1 = performance.now();
const msTimes: number[] = [];
for (const q of queries) {
  const s = performance.now();
  ms.search(q.text).slice(0, 10);
  msTimes.push(performance.now() - s);
}

console.log(`chunks: ${passages.length} (${tc.docs.length} Cranfield docs → real passages + synthetic), ACLs over ${GROUPS.length} groups`);
console.log(`index: LSA fit ${((t1 - t0) / 1000).toFixed(1)} s, embed + store ${((t2 - t1) / 1000).toFixed(1)} s; RSS ${rss0} → ${rss1} MB (+${rss1 - rss0} MB)`);
for (const [mode, r] of Object.entries(results)) console.log(`query ${mode.padEnd(6)} p50 ${r.p50.toFixed(2)} ms  p95 ${r.p95.toFixed(2)} ms (ACL-filtered, k=10)`);
console.log(`baseline minisearch: index ${((m1 - m0) / 1000).toFixed(1)} s, query p50 ${pct(msTimes, 50).toFixed(2)} ms p95 ${pct(msTimes, 95).toFixed(2)} ms (no ACL)`);
console.log(`ratio hybrid p95 / minisearch p95: ${(results.hybrid.p95 / pct(msTimes, 95)).toFixed(2)}; goal p95 ≤ 30 ms and RSS ≤ 1024 MB: ${results.hybrid.p95 <= 30 && rss1 <= 1024 ? 'met' : 'NOT met'}`);
