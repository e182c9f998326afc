// Claim: the exposure model runs 100k trials for 200 apps × 8 classes × 20 departments in ≤ 500 ms.
// Baseline, measured in the same run: a plain loop drawing as many Math.random() variates as the
// model drew from its seeded generator — the floor any Monte Carlo of this size pays.
// Part 2 (when DATABASE_URL or --pg is given): p95 of GET /v1/exposure/overview with many events in
// PostgreSQL, loaded with COPY — see bench/exposure-api.ts.
//   pnpm exec tsx bench/exposure.ts [--trials 100000] [--runs 5]
import { DATA_CLASSES, runExposure, type ClassObservation, type ExposureInput } from '../policies/src/index';

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
}
const trials = arg('trials', 100_000);
const runs = arg('runs', 5);

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
const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

runExposure(input, { trials: 1000, seed: 1 }); // warm-up (JIT)
const model: number[] = [];
let variates = 0;
let result = runExposure(input, { trials, seed: 1 });
for (let r = 0; r < runs; r++) {
  const t0 = performance.now();
  result = runExposure(input, { trials, seed: 1 + r });
  model.push(performance.now() - t0);
  variates = result.variates;
}
const base: number[] = [];
let sink = 0;
for (let r = 0; r < runs; r++) {
  const t0 = performance.now();
  for (let i = 0; i < variates; i++) sink += Math.random();
  base.push(performance.now() - t0);
}

const m = median(model);
const b = median(base);
console.log(`exposure model: ${trials} trials, ${input.apps.length} apps × ${DATA_CLASSES.length} classes × 20 departments (${cells} non-empty cells)`);
console.log(`  expected loss events/yr ${result.expectedLossEvents.toFixed(1)}, variates/run ${variates.toLocaleString('en-US')}`);
console.log(`  mean ALE $${Math.round(result.meanUsd).toLocaleString('en-US')} (analytic $${Math.round(result.analyticMeanUsd).toLocaleString('en-US')}), P10 $${Math.round(result.p10Usd).toLocaleString('en-US')}, P50 $${Math.round(result.p50Usd).toLocaleString('en-US')}, P90 $${Math.round(result.p90Usd).toLocaleString('en-US')}`);
console.log(`  model median ${m.toFixed(1)} ms over ${runs} runs (goal ≤ 500 ms: ${m <= 500 ? 'met' : 'NOT met'})`);
console.log(`  baseline (plain loop, same number of Math.random draws) median ${b.toFixed(1)} ms`);
console.log(`  ratio model/baseline ${(m / b).toFixed(2)}×${sink < 0 ? '' : ''}`);
