// The Monte Carlo. Independent Poisson cells add up to one Poisson with the summed rate, so a
// trial draws the year's loss-event count once and then picks each event's cell from an alias
// table: the cost is O(loss events), not O(cells) — 32,000 cells cost no more than 30.
import type { Cell } from './cells';
import { createRng, normalCdf } from './random';
import { DEFAULT_TRIALS } from './parameters';
import type { Breakdown, CurvePoint, ExposureResult, SimulationOptions } from './types';

interface Alias {
  prob: Float64Array;
  alias: Int32Array;
}

/** Vose's alias method: O(1) draws from a discrete distribution. */
function aliasTable(weights: number[]): Alias {
  const n = weights.length;
  const total = weights.reduce((s, w) => s + w, 0);
  const prob = new Float64Array(n);
  const alias = new Int32Array(n);
  const scaled = weights.map((w) => (w * n) / total);
  const small: number[] = [];
  const large: number[] = [];
  scaled.forEach((p, i) => (p < 1 ? small : large).push(i));
  while (small.length && large.length) {
    const s = small.pop()!;
    const l = large.pop()!;
    prob[s] = scaled[s]!;
    alias[s] = l;
    scaled[l] = scaled[l]! + scaled[s]! - 1;
    (scaled[l]! < 1 ? small : large).push(l);
  }
  for (const i of [...small, ...large]) prob[i] = 1;
  return { prob, alias };
}

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

function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return 0;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

function indexer(keys: string[]): { ids: Int32Array; names: string[] } {
  const map = new Map<string, number>();
  const ids = new Int32Array(keys.length);
  keys.forEach((k, i) => {
    let id = map.get(k);
    if (id === undefined) map.set(k, (id = map.size));
    ids[i] = id;
  });
  return { ids, names: [...map.keys()] };
}

function breakdown(names: string[], sums: Float64Array, trials: number, mean: number, exposures: Float64Array): Breakdown[] {
  return names
    .map((key, i) => ({ key, meanUsd: sums[i]! / trials, share: mean > 0 ? sums[i]! / trials / mean : 0, exposuresPerYear: exposures[i]! }))
    .sort((a, b) => b.meanUsd - a.meanUsd || a.key.localeCompare(b.key));
}

export function simulate(cells: readonly Cell[], opts: SimulationOptions = {}, redirectRate = 0): ExposureResult {
  const trials = opts.trials ?? DEFAULT_TRIALS;
  const seed = opts.seed ?? 1;
  const curvePoints = opts.curvePoints ?? 40;
  if (!Number.isInteger(trials) || trials < 1) throw new Error('trials must be a positive integer');
  const live = cells.filter((c) => c.lambda > 0);
  const n = live.length;
  const lambdaTotal = live.reduce((s, c) => s + c.lambda, 0);
  const rng = createRng(seed);
  const totals = new Float64Array(trials);

  const apps = indexer(live.map((c) => c.app));
  const depts = indexer(live.map((c) => c.department));
  const classes = indexer(live.map((c) => c.dataClass));
  const appSum = new Float64Array(apps.names.length);
  const deptSum = new Float64Array(depts.names.length);
  const classSum = new Float64Array(classes.names.length);
  const appExp = new Float64Array(apps.names.length);
  const deptExp = new Float64Array(depts.names.length);
  const classExp = new Float64Array(classes.names.length);
  live.forEach((c, i) => {
    appExp[apps.ids[i]!]! += c.exposuresPerYear;
    deptExp[depts.ids[i]!]! += c.exposuresPerYear;
    classExp[classes.ids[i]!]! += c.exposuresPerYear;
  });

  // Regulatory fines: each cell's events lead to a fine with probability p, so by Poisson thinning
  // the fines of (cell, regime) form their own Poisson process of rate λ·p — drawn separately, which
  // spares one Bernoulli draw per event and regime.
  const regCell: number[] = [];
  const regWeight: number[] = [];
  const regMu: number[] = [];
  const regSigma: number[] = [];
  const regCap: number[] = [];
  live.forEach((c, i) => {
    for (const r of c.regs) {
      if (!(r.p > 0)) continue;
      regCell.push(i);
      regWeight.push(c.lambda * r.p);
      regMu.push(r.mu);
      regSigma.push(r.sigma);
      regCap.push(r.cap);
    }
  });
  const fineRate = regWeight.reduce((s, w) => s + w, 0);

  if (n > 0) {
    const { prob, alias } = aliasTable(live.map((c) => c.lambda));
    const mu = Float64Array.from(live, (c) => c.mu);
    const sigma = Float64Array.from(live, (c) => c.sigma);
    const appId = apps.ids, deptId = depts.ids, classId = classes.ids;
    const fines = regCell.length > 0 ? aliasTable(regWeight) : undefined;
    const fCell = Int32Array.from(regCell), fMu = Float64Array.from(regMu), fSigma = Float64Array.from(regSigma), fCap = Float64Array.from(regCap);
    const m = regCell.length;
    for (let t = 0; t < trials; t++) {
      let total = 0;
      const events = rng.poisson(lambdaTotal);
      for (let e = 0; e < events; e++) {
        const u = rng.next() * n;
        const slot = u | 0;
        const i = u - slot < prob[slot]! ? slot : alias[slot]!;
        const loss = Math.exp(mu[i]! + sigma[i]! * rng.normal());
        total += loss;
        appSum[appId[i]!]! += loss;
        deptSum[deptId[i]!]! += loss;
        classSum[classId[i]!]! += loss;
      }
      if (fines) {
        const count = rng.poisson(fineRate);
        for (let e = 0; e < count; e++) {
          const u = rng.next() * m;
          const slot = u | 0;
          const j = u - slot < fines.prob[slot]! ? slot : fines.alias[slot]!;
          const loss = Math.min(fCap[j]!, Math.exp(fMu[j]! + fSigma[j]! * rng.normal()));
          const i = fCell[j]!;
          total += loss;
          appSum[appId[i]!]! += loss;
          deptSum[deptId[i]!]! += loss;
          classSum[classId[i]!]! += loss;
        }
      }
      totals[t] = total;
    }
  }

  let sum = 0;
  for (let t = 0; t < trials; t++) sum += totals[t]!;
  const mean = sum / trials;
  const sorted = totals.slice().sort();
  return {
    trials,
    seed,
    meanUsd: mean,
    p10Usd: quantile(sorted, 0.1),
    p50Usd: quantile(sorted, 0.5),
    p90Usd: quantile(sorted, 0.9),
    p99Usd: quantile(sorted, 0.99),
    analyticMeanUsd: analyticMean(live),
    expectedLossEvents: lambdaTotal,
    exposuresPerYear: live.reduce((s, c) => s + c.exposuresPerYear, 0),
    redirectRate,
    curve: exceedance(sorted, curvePoints),
    byApp: breakdown(apps.names, appSum, trials, mean, appExp),
    byDepartment: breakdown(depts.names, deptSum, trials, mean, deptExp),
    byClass: breakdown(classes.names, classSum, trials, mean, classExp),
    variates: rng.draws(),
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
