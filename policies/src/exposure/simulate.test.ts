import { describe, expect, it } from 'vitest';
import { aliasPick, aliasTable } from './alias';
import type { Cell } from './cells';
import { createRng } from './random';
import { simulateReference } from './reference';
import { simulate } from './simulate';
import type { ExposureResult } from './types';

const CLASSES = ['pii', 'hr', 'legal', 'financial'] as const;

/** A small random tenant: 40 cells, ~4 loss events a year, fines on half the cells, caps that bind. */
function tenant(seed: number): Cell[] {
  const g = createRng(seed);
  return Array.from({ length: 40 }, (_, i) => ({
    app: `app-${i % 5}`, department: `dept-${i % 4}`, dataClass: CLASSES[i % 4]!, exposuresPerYear: 10 + i,
    lambda: 0.01 + 0.2 * g.next(), mu: 8 + 3 * g.next(), sigma: 0.8 + 0.8 * g.next(),
    regs: [
      ...(i % 2 ? [{ p: 0.3, mu: 11, sigma: 1.2, cap: Math.exp(11) }] : []), // capped at its median
      ...(i % 3 === 0 ? [{ p: 0.1, mu: 10, sigma: 1, cap: Infinity }] : []),
    ],
  }));
}

const rel = (a: number, b: number) => Math.abs(a / b - 1);
const uncapped = (cells: Cell[]) => cells.map((c) => ({ ...c, regs: c.regs.map((r) => ({ ...r, cap: Infinity })) }));
const unfined = (cells: Cell[]) => cells.map((c) => ({ ...c, regs: [] }));

/**
 * Tolerances: at 100k trials the standard error of the mean is ~0.7% here and of P10..P90 under 1%;
 * two independent runs differ by √2 of that, so 3% (mean, P50, P90) and 4% (P10, the widest) are
 * > 3 standard errors, while every modelling mistake checked below moves a figure by more than 8%.
 */
function agree(fast: ExposureResult, ref: ExposureResult): string[] {
  const bad: string[] = [];
  const check = (name: string, a: number, b: number, tol: number) => rel(a, b) > tol && bad.push(`${name} ${a.toFixed(0)} vs ${b.toFixed(0)}`);
  check('mean', fast.meanUsd, ref.meanUsd, 0.03);
  check('p10', fast.p10Usd, ref.p10Usd, 0.04);
  check('p50', fast.p50Usd, ref.p50Usd, 0.03);
  check('p90', fast.p90Usd, ref.p90Usd, 0.03);
  for (const [name, list, refList] of [['app', fast.byApp, ref.byApp], ['class', fast.byClass, ref.byClass]] as const) {
    for (const g of list) check(`${name} ${g.key}`, g.meanUsd, refList.find((r) => r.key === g.key)?.meanUsd ?? 0, 0.06);
  }
  return bad;
}

describe('fast simulation against the reference', () => {
  it.each([1, 2, 3])('tenant %d: means, P10/P50/P90 and breakdowns agree', (seed) => {
    const cells = tenant(seed);
    const fast = simulate(cells, { trials: 100_000, seed });
    const ref = simulateReference(cells, { trials: 100_000, seed: seed + 1000 });
    expect(agree(fast, ref)).toEqual([]);
    expect(rel(fast.meanUsd, fast.analyticMeanUsd)).toBeLessThan(0.03);
    expect(ref.analyticMeanUsd).toBe(fast.analyticMeanUsd);
  });

  it.each([
    ['caps ignored', uncapped],
    ['fines dropped', unfined],
  ])('the comparison catches a model with %s', (_, change) => {
    const cells = tenant(1);
    const wrong = simulate(change(cells), { trials: 100_000, seed: 1 });
    const ref = simulateReference(cells, { trials: 100_000, seed: 1001 });
    expect(agree(wrong, ref)).not.toEqual([]);
  });

  it('fines come with loss events: a year without a loss event costs nothing', () => {
    // One cell, λ = 0.5: P(no event) = e^-0.5 ≈ 61%, so P50 is 0 and the fines must not fill it.
    const cell: Cell = { app: 'a', department: 'd', dataClass: 'pii', exposuresPerYear: 1, lambda: 0.5, mu: 9, sigma: 1, regs: [{ p: 0.9, mu: 12, sigma: 1, cap: Infinity }] };
    const r = simulate([cell], { trials: 50_000, seed: 3 });
    expect(r.p50Usd).toBe(0);
    // The curve starts at the 1st percentile of positive years: 99% of the years with any loss.
    const positive = r.curve[0]!.probability / 0.99;
    expect(Math.abs(positive - (1 - Math.exp(-0.5)))).toBeLessThan(0.01);
  });

  it('is reproducible and independent of the seed only in noise', () => {
    const cells = tenant(4);
    expect(simulate(cells, { trials: 20_000, seed: 9 })).toEqual(simulate(cells, { trials: 20_000, seed: 9 }));
    expect(simulate(cells, { trials: 20_000, seed: 10 }).meanUsd).not.toBe(simulate(cells, { trials: 20_000, seed: 9 }).meanUsd);
  });
});

describe('alias table', () => {
  it.each([
    [[1, 1, 1, 1]],
    [[0.001, 5, 0, 2, 0.5]],
    [[7]],
  ])('draws %j in proportion', (weights) => {
    const t = aliasTable(weights);
    const g = createRng(5);
    const n = 200_000;
    const hits = new Array<number>(weights.length).fill(0);
    for (let i = 0; i < n; i++) hits[aliasPick(t, g.next())]!++;
    const total = weights.reduce((s, w) => s + w, 0);
    weights.forEach((w, i) => expect(Math.abs(hits[i]! / n - w / total)).toBeLessThan(0.005));
  });
});
