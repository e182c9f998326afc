/** Standard ranked-retrieval metrics over one query's ranking and its graded judgments. */
export function ndcgAt(k: number, ranking: readonly string[], gains: ReadonlyMap<string, number>): number {
  let dcg = 0;
  ranking.slice(0, k).forEach((id, i) => {
    const g = gains.get(id) ?? 0;
    dcg += (2 ** g - 1) / Math.log2(i + 2);
  });
  const ideal = [...gains.values()].sort((a, b) => b - a).slice(0, k);
  let idcg = 0;
  ideal.forEach((g, i) => (idcg += (2 ** g - 1) / Math.log2(i + 2)));
  return idcg === 0 ? 0 : dcg / idcg;
}

export function recallAt(k: number, ranking: readonly string[], gains: ReadonlyMap<string, number>): number {
  const relevant = [...gains].filter(([, g]) => g > 0).length;
  if (relevant === 0) return 0;
  return ranking.slice(0, k).filter((id) => (gains.get(id) ?? 0) > 0).length / relevant;
}

export function reciprocalRank(ranking: readonly string[], gains: ReadonlyMap<string, number>): number {
  const i = ranking.findIndex((id) => (gains.get(id) ?? 0) > 0);
  return i < 0 ? 0 : 1 / (i + 1);
}

export interface RunScores {
  ndcg10: number;
  recall10: number;
  recall100: number;
  mrr: number;
  queries: number;
}

/** Mean metrics over every query that has at least one judgment. */
export function scoreRun(run: ReadonlyMap<string, readonly string[]>, qrels: ReadonlyMap<string, ReadonlyMap<string, number>>): RunScores {
  let ndcg10 = 0;
  let recall10 = 0;
  let recall100 = 0;
  let mrr = 0;
  let n = 0;
  for (const [q, gains] of qrels) {
    const ranking = run.get(q) ?? [];
    ndcg10 += ndcgAt(10, ranking, gains);
    recall10 += recallAt(10, ranking, gains);
    recall100 += recallAt(100, ranking, gains);
    mrr += reciprocalRank(ranking, gains);
    n++;
  }
  return n === 0
    ? { ndcg10: 0, recall10: 0, recall100: 0, mrr: 0, queries: 0 }
    : { ndcg10: ndcg10 / n, recall10: recall10 / n, recall100: recall100 / n, mrr: mrr / n, queries: n };
}
