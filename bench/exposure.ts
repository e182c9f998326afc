// Claim: the exposure model runs 100k trials for 200 apps × 8 classes × 20 departments in ≤ 500 ms.
// Baselines, measured in the same run and interleaved with the model (A/B/C per round, the machine
// is shared): (1) the reference simulation (policies/src/exposure/reference.ts: per trial, per cell
// Poisson, per event and regime Bernoulli — the straightforward loop) on the same cells, at fewer
// trials and scaled linearly to the model's trial count; (2) a plain loop drawing as many
// Math.random() variates as the model drew from its seeded generator — the floor any Monte Carlo of
// this size pays. Reported as ratios, with wall and CPU time and the load average.
// Part 2 (when DATABASE_URL or --pg is given): p95 of GET /v1/exposure/overview with many events in
// PostgreSQL, loaded with COPY — see bench/exposure-api.ts.
//   pnpm exec tsx bench/exposure.ts [--trials 100000] [--runs 5] [--ref-trials 1000]
import { loadavg } from 'node:os';
import { DATA_CLASSES, buildCells, runExposure, type ClassObservation, type ExposureInput } from '../policies/src/index';
import { simulateReference } from '../policies/src/exposure/reference';

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
}
const trials = arg('trials', 100_000);
const runs = arg('runs', 5);
const refTrials = arg('ref-trials', 1000);

function tenant(apps: number, departments: number): ExposureInput {
  const observations: ClassObservation[] = [];
  let x = 1;
  const rand = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32); // deterministic inputs
  for (let a = 0; a < apps; a++)
    for (let d = 0; d < departments; d++)
      for (const c of DATA_CLASSES) {
        // ≈ 0.35 sensitive prompts per cell per 30 days: ~11k a month for a 2,000-person firm, i.e.
        // ~5 per person — heavy AI use; the model turns it into a few dozen loss events a year.
        const sent = rand() < 0.3 ? 1 + Math.floor(rand() * 2) : 0;
        observations.push({ appId: `app-${a}`, department: `dept-${d}`, dataClass: c, sent, redirected: Math.floor(rand() * 2), stopped: 0, records: sent * Math.floor(rand() * 20) });
      }
  return {
    tenant: { industry: 'financial', annualRevenueUsd: 400e6, headcount: 2000, regimes: ['gdpr', 'ccpa', 'pci', 'hipaa'] },
    windowDays: 30,
    apps: Array.from({ length: apps }, (_, a) => ({ appId: `app-${a}`, name: `App ${a}`, vendorRisk: (a % 10) / 10, tier: a % 7 === 0 ? 'sanctioned' : 'unsanctioned' })),
    observations,
  };
}

const input = tenant(200, 20);
const cells = input.observations.filter((o) => o.sent > 0).length;
const time = (f: () => void) => {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  f();
  return { wall: performance.now() - t0, cpu: process.cpuUsage(c0).user / 1000 };
};
const cellList = buildCells(input);
runExposure(input, { trials: 1000, seed: 1 }); // warm-up (JIT)
simulateReference(cellList, { trials: 50, seed: 1 });
const load0 = loadavg()[0]!;
const model: { wall: number; cpu: number }[] = [];
const ref: { wall: number; cpu: number }[] = [];
const base: { wall: number; cpu: number }[] = [];
let result = runExposure(input, { trials: 1000, seed: 1 });
let refMean = 0;
let sink = 0;
for (let r = 0; r < runs; r++) {
  model.push(time(() => (result = runExposure(input, { trials, seed: 1 + r }))));
  // Scaled to the model's trial count: the reference's cost is linear in trials.
  const t = time(() => (refMean = simulateReference(cellList, { trials: refTrials, seed: 1 + r }).meanUsd));
  ref.push({ wall: (t.wall * trials) / refTrials, cpu: (t.cpu * trials) / refTrials });
  const variates = result.variates;
  base.push(time(() => {
    for (let i = 0; i < variates; i++) sink += Math.random();
  }));
}

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const med = (xs: { wall: number; cpu: number }[]) => ({ wall: median(xs.map((x) => x.wall)), cpu: median(xs.map((x) => x.cpu)) });
const m = med(model), rf = med(ref), b = med(base);
const $ = (n: number) => `$${Math.round(n).toLocaleString('en-US')}`;
console.log(`exposure model: ${trials} trials, ${input.apps.length} apps × ${DATA_CLASSES.length} classes × 20 departments (${cells} non-empty cells); load average ${load0.toFixed(2)} → ${loadavg()[0]!.toFixed(2)}`);
console.log(`  expected loss events/yr ${result.expectedLossEvents.toFixed(1)}, variates/run ${result.variates.toLocaleString('en-US')}`);
console.log(`  mean ALE ${$(result.meanUsd)} (analytic ${$(result.analyticMeanUsd)}; reference at ${refTrials} trials ${$(refMean)}), P10 ${$(result.p10Usd)}, P50 ${$(result.p50Usd)}, P90 ${$(result.p90Usd)}`);
console.log(`  model median ${m.wall.toFixed(1)} ms wall, ${m.cpu.toFixed(1)} ms CPU over ${runs} runs (goal ≤ 500 ms: ${m.wall <= 500 ? 'met' : 'NOT met'} on this run)`);
console.log(`  reference (per-cell loop) ${rf.wall.toFixed(0)} ms wall, ${rf.cpu.toFixed(0)} ms CPU, scaled from ${refTrials} trials: model is ${(rf.cpu / m.cpu).toFixed(1)}× faster (CPU)`);
console.log(`  floor (plain loop, same number of Math.random draws) ${b.wall.toFixed(1)} ms wall, ${b.cpu.toFixed(1)} ms CPU: model/floor ${(m.cpu / b.cpu).toFixed(2)}× (CPU)${sink < 0 ? '' : ''}`);
