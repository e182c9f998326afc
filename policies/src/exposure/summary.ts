// Trial totals and per-group sums → the result the API serves. Shared by the fast kernel and the
// reference simulation, so the two can only differ in how they draw, never in how they report.
import type { Cell } from './cells';
import { normalCdf } from './random';
import type { Breakdown, CurvePoint, ExposureResult } from './types';

/** E[min(X, cap)] for X lognormal(μ, σ). */
function cappedLognormalMean(mu: number, sigma: number, cap: number): number {
  if (!Number.isFinite(cap)) return Math.exp(mu + (sigma * sigma) / 2);
  const lc = Math.log(cap);
  return Math.exp(mu + (sigma * sigma) / 2) * normalCdf((lc - mu - sigma * sigma) / sigma) + cap * (1 - normalCdf((lc - mu) / sigma));
}

export function analyticMean(cells: readonly Cell[]): number {
  let m = 0;
  for (const c of cells) {
    let perEvent = Math.exp(c.mu + (c.sigma * c.sigma) / 2);
    for (const r of c.regs) perEvent += r.p * cappedLognormalMean(r.mu, r.sigma, r.cap);
    m += c.lambda * perEvent;
  }
  return m;
}

export function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return 0;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Per-cell loss sums → per-group breakdown (the kernel accumulates per cell: one add per loss, not three). */
function breakdown(cells: readonly Cell[], key: (c: Cell) => string, cellSum: Float64Array, trials: number, mean: number): Breakdown[] {
  const sums = new Map<string, { sum: number; exposures: number }>();
  cells.forEach((c, i) => {
    const g = sums.get(key(c)) ?? { sum: 0, exposures: 0 };
    g.sum += cellSum[i]!;
    g.exposures += c.exposuresPerYear;
    sums.set(key(c), g);
  });
  return [...sums]
    .map(([k, g]) => ({ key: k, meanUsd: g.sum / trials, share: mean > 0 ? g.sum / trials / mean : 0, exposuresPerYear: g.exposures }))
    .sort((a, b) => b.meanUsd - a.meanUsd || a.key.localeCompare(b.key));
}

export interface Tallies {
  /** Annual loss of each trial. */
  totals: Float64Array;
  /** Loss summed over all trials, per cell (index into the cells). */
  cell: Float64Array;
}

export function summarise(
  cells: readonly Cell[], t: Tallies,
  meta: { seed: number; curvePoints: number; redirectRate: number; variates: number },
): ExposureResult {
  const trials = t.totals.length;
  let sum = 0;
  for (let i = 0; i < trials; i++) sum += t.totals[i]!;
  const mean = sum / trials;
  const sorted = t.totals.slice().sort();
  return {
    trials,
    seed: meta.seed,
    meanUsd: mean,
    p10Usd: quantile(sorted, 0.1),
    p50Usd: quantile(sorted, 0.5),
    p90Usd: quantile(sorted, 0.9),
    p99Usd: quantile(sorted, 0.99),
    analyticMeanUsd: analyticMean(cells),
    expectedLossEvents: cells.reduce((s, c) => s + c.lambda, 0),
    exposuresPerYear: cells.reduce((s, c) => s + c.exposuresPerYear, 0),
    redirectRate: meta.redirectRate,
    curve: exceedance(sorted, meta.curvePoints),
    byApp: breakdown(cells, (c) => c.app, t.cell, trials, mean),
    byDepartment: breakdown(cells, (c) => c.department, t.cell, trials, mean),
    byClass: breakdown(cells, (c) => c.dataClass, t.cell, trials, mean),
    variates: meta.variates,
  };
}

/** Loss-exceedance curve on log-spaced thresholds between the 1st and 99.9th percentile of positive losses. */
function exceedance(sorted: Float64Array, points: number): CurvePoint[] {
  const trials = sorted.length;
  let firstPositive = 0;
  while (firstPositive < trials && sorted[firstPositive]! <= 0) firstPositive++;
  if (firstPositive === trials) return [{ lossUsd: 0, probability: 0 }];
  const pos = sorted.subarray(firstPositive);
  const lo = Math.max(1, quantile(pos, 0.01));
  const hi = Math.max(lo * 1.0001, quantile(pos, 0.999));
  const out: CurvePoint[] = [];
  let idx = 0; // sorted is ascending, thresholds ascend: one pass
  for (let k = 0; k < points; k++) {
    const x = lo * Math.pow(hi / lo, k / Math.max(1, points - 1));
    while (idx < trials && sorted[idx]! <= x) idx++;
    out.push({ lossUsd: x, probability: (trials - idx) / trials });
  }
  return out;
}
