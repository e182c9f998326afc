// The exposure model drawn the obvious way: every trial, every cell draws its own Poisson count,
// every event its lognormal loss and, per regime, a Bernoulli(p) for a fine capped at the statutory
// maximum. O(trials × cells) — never used to serve numbers; it is the yardstick simulate.ts (Poisson
// superposition, alias table, thinning, ziggurat, inlined generator) is tested and benchmarked against.
import type { Cell } from './cells';
import { DEFAULT_TRIALS } from './parameters';
import { createRng } from './random';
import { summarise } from './summary';
import type { ExposureResult, SimulationOptions } from './types';

export function simulateReference(cells: readonly Cell[], opts: SimulationOptions = {}, redirectRate = 0): ExposureResult {
  const trials = opts.trials ?? DEFAULT_TRIALS;
  const seed = opts.seed ?? 1;
  if (!Number.isInteger(trials) || trials < 1) throw new Error('trials must be a positive integer');
  const live = cells.filter((c) => c.lambda > 0);
  const rng = createRng(seed);
  const totals = new Float64Array(trials);
  const cellSum = new Float64Array(live.length);
  for (let t = 0; t < trials; t++) {
    for (let i = 0; i < live.length; i++) {
      const c = live[i]!;
      const events = rng.poisson(c.lambda);
      for (let e = 0; e < events; e++) {
        let loss = Math.exp(c.mu + c.sigma * rng.normal());
        for (const r of c.regs) if (rng.next() < r.p) loss += Math.min(r.cap, Math.exp(r.mu + r.sigma * rng.normal()));
        totals[t]! += loss;
        cellSum[i]! += loss;
      }
    }
  }
  return summarise(live, { totals, cell: cellSum }, { seed, curvePoints: opts.curvePoints ?? 40, redirectRate, variates: rng.draws() });
}
