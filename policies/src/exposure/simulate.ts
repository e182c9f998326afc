// The Monte Carlo. Independent Poisson cells add up to one Poisson with the summed rate, so a
// trial draws the year's loss-event count once and then picks each event's cell from an alias
// table: the cost is O(loss events), not O(cells) — 10,000 cells cost no more than 30.
//
// Regulatory fines: each loss event of a cell is fined under each of its regimes with probability
// p (a Bernoulli per event and regime, fine capped at the statutory maximum). Colouring each event
// by the set of regimes that fine it splits a cell's Poisson process into independent Poisson
// processes, one per set: the unfined events (most of them) form the main stream over cells, the
// fined ones a small second stream over (cell, non-empty set) whose losses are the primary loss
// plus each capped fine. Fines stay tied to an event — a year with no loss event has no fine.
// reference.ts draws the same model the slow, obvious way (per cell, per event, per regime), and
// simulate.test.ts holds the two to the same means and quantiles.
import { aliasTable } from './alias';
import type { Cell } from './cells';
import { DEFAULT_TRIALS } from './parameters';
import { createRng, sfc32, type Rng } from './random';
import { summarise, type Tallies } from './summary';
import type { ExposureResult, SimulationOptions } from './types';
import { KN, WN, normalSlow, zigguratNormal } from './ziggurat';

export { analyticMean } from './summary';

/** One Poisson stream of loss events: which cell an event hits (alias table), its loss, its fines. */
interface Stream {
  rate: number;
  prob: Float64Array;
  alias: Int32Array;
  mu: Float64Array;
  sigma: Float64Array;
  /** Cell of each slot (breakdowns are summed per cell). */
  cell: Int32Array;
  /** Slot j's fines are fMu/fSigma/fCap[fineFrom[j] .. fineFrom[j + 1]); undefined: no fines in this stream. */
  fineFrom?: Int32Array;
  fMu: Float64Array;
  fSigma: Float64Array;
  fCap: Float64Array;
}

interface Slot {
  weight: number;
  cell: number;
  fines: { mu: number; sigma: number; cap: number }[];
}

function stream(cells: readonly Cell[], slots: Slot[]): Stream {
  const { prob, alias } = aliasTable(slots.map((s) => s.weight));
  const fines = slots.flatMap((s) => s.fines);
  const fineFrom = new Int32Array(slots.length + 1);
  slots.forEach((s, j) => (fineFrom[j + 1] = fineFrom[j]! + s.fines.length));
  return {
    rate: slots.reduce((sum, s) => sum + s.weight, 0), prob, alias,
    mu: Float64Array.from(slots, (s) => cells[s.cell]!.mu),
    sigma: Float64Array.from(slots, (s) => cells[s.cell]!.sigma),
    cell: Int32Array.from(slots, (s) => s.cell),
    fineFrom: fines.length > 0 ? fineFrom : undefined,
    fMu: Float64Array.from(fines, (f) => f.mu), fSigma: Float64Array.from(fines, (f) => f.sigma), fCap: Float64Array.from(fines, (f) => f.cap),
  };
}

/** The two streams: unfined events per cell, and fined events per (cell, set of regimes that fine it). */
function streams(cells: readonly Cell[]): Stream[] {
  const plain: Slot[] = [];
  const fined: Slot[] = [];
  cells.forEach((c, i) => {
    const regs = c.regs.filter((r) => r.p > 0).map((r) => ({ ...r, p: Math.min(1, r.p) }));
    if (regs.length > 16) throw new Error('too many regimes on one cell');
    for (let set = 0; set < 1 << regs.length; set++) {
      let w = c.lambda;
      regs.forEach((r, k) => (w *= set & (1 << k) ? r.p : 1 - r.p));
      if (!(w > 0)) continue;
      const fines = regs.filter((_, k) => set & (1 << k)).map((r) => ({ mu: r.mu, sigma: r.sigma, cap: r.cap }));
      (set === 0 ? plain : fined).push({ weight: w, cell: i, fines });
    }
  });
  return [plain, fined].filter((slots) => slots.length > 0).map((slots) => stream(cells, slots));
}

/**
 * Adds one stream's losses to every trial. `counts` holds each trial's number of losses; `st` is
 * the sfc32 state (words 0..3) plus the slow path's draw counter (word 4). The generator runs in
 * local variables (no call, no typed-array traffic per draw) and is handed over through `st` only
 * on the ziggurat's rare slow path. Returns the uniforms drawn on the fast path.
 */
function accumulate(s: Stream, counts: Int32Array, st: Int32Array, t: Tallies): number {
  const { prob, alias, mu, sigma, cell, fineFrom, fMu, fSigma, fCap } = s;
  const n = prob.length;
  const totals = t.totals, cellSum = t.cell;
  // Imported bindings become getter calls under tsx/vite's CommonJS interop: read them once.
  const kn = KN, wn = WN, slow = normalSlow, normal = zigguratNormal;
  let a = st[0]!, b = st[1]!, c = st[2]!, d = st[3]!;
  let draws = 0;
  for (let tr = 0; tr < totals.length; tr++) {
    let total = 0;
    for (let e = counts[tr]!; e > 0; e--) {
      // sfc32 step (random.ts sfc32), inlined: a uniform picks the slot via the alias table …
      let r = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0; a = b ^ (b >>> 9); b = (c + (c << 3)) | 0; c = (((c << 21) | (c >>> 11)) + r) | 0;
      const x = ((r >>> 0) / 4294967296) * n;
      const slot = x | 0;
      const j = x - slot < prob[slot]! ? slot : alias[slot]!;
      // … a second draw gives the standard normal (ziggurat.ts: low 7 bits layer, the rest position).
      r = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0; a = b ^ (b >>> 9); b = (c + (c << 3)) | 0; c = (((c << 21) | (c >>> 11)) + r) | 0;
      const hz = r >> 7, iz = r & 127;
      let z: number;
      if (Math.abs(hz) < kn[iz]!) z = hz * wn[iz]!;
      else {
        st[0] = a; st[1] = b; st[2] = c; st[3] = d;
        z = slow(hz, iz, st);
        a = st[0]!; b = st[1]!; c = st[2]!; d = st[3]!;
      }
      draws += 2;
      let loss = Math.exp(mu[j]! + sigma[j]! * z);
      if (fineFrom) {
        // Fined events are rare (a few % of events): the generator goes through `st` for their fines.
        st[0] = a; st[1] = b; st[2] = c; st[3] = d;
        for (let f = fineFrom[j]!; f < fineFrom[j + 1]!; f++) loss += Math.min(fCap[f]!, Math.exp(fMu[f]! + fSigma[f]! * normal(st)));
        a = st[0]!; b = st[1]!; c = st[2]!; d = st[3]!;
      }
      total += loss;
      cellSum[cell[j]!]! += loss; // folded into app/department/class sums once, after all trials
    }
    totals[tr]! += total;
  }
  st[0] = a; st[1] = b; st[2] = c; st[3] = d;
  return draws;
}

function poissonCounts(rng: Rng, rate: number, out: Int32Array): Int32Array {
  for (let i = 0; i < out.length; i++) out[i] = rng.poisson(rate);
  return out;
}

export function simulate(cells: readonly Cell[], opts: SimulationOptions = {}, redirectRate = 0): ExposureResult {
  const trials = opts.trials ?? DEFAULT_TRIALS;
  const seed = opts.seed ?? 1;
  const curvePoints = opts.curvePoints ?? 40;
  if (!Number.isInteger(trials) || trials < 1) throw new Error('trials must be a positive integer');
  const live = cells.filter((c) => c.lambda > 0);
  const t: Tallies = { totals: new Float64Array(trials), cell: new Float64Array(live.length) };
  const rng = createRng(seed);
  let variates = 0;
  if (live.length > 0) {
    // Counts come from the seeded Rng (Poisson needs its logs and rejection loops); the kernel's
    // own sfc32 stream is seeded from it, so one seed still fixes every number.
    const st = new Int32Array(5);
    for (let k = 0; k < 4; k++) st[k] = (rng.next() * 4294967296) | 0;
    for (let k = 0; k < 12; k++) sfc32(st);
    const counts = new Int32Array(trials);
    for (const s of streams(live)) variates += accumulate(s, poissonCounts(rng, s.rate, counts), st, t);
    variates += st[4]!;
  }
  return summarise(live, t, { seed, curvePoints, redirectRate, variates: variates + rng.draws() });
}
