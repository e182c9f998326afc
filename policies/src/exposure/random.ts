// Seeded random variates for the Monte Carlo. Math.random cannot be seeded, and "same seed → same
// numbers" is what lets a CFO re-run last quarter's figure and get it to the dollar.

/** sfc32 (Small Fast Chaotic): 128-bit state, passes PractRand, ~1 ns per draw in V8. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal. */
  normal(): number;
  /** Poisson with mean lambda ≥ 0. */
  poisson(lambda: number): number;
  /** How many uniforms were drawn so far (the bench compares against a plain loop drawing as many). */
  draws(): number;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** One sfc32 step on a 4-word state: a signed 32-bit output. The simulation kernel inlines this same step. */
export function sfc32(s: Int32Array): number {
  const a = s[0]!, b = s[1]!, c = s[2]!, d = s[3]!;
  const t = (((a + b) | 0) + d) | 0;
  s[3] = (d + 1) | 0;
  s[0] = b ^ (b >>> 9);
  s[1] = (c + (c << 3)) | 0;
  s[2] = (((c << 21) | (c >>> 11)) + t) | 0;
  return t;
}

/** A mixed sfc32 state for a seed: splitmix32 words, then a few rounds (sfc32 needs them to mix). */
export function sfc32State(seed: number): Int32Array {
  const init = splitmix32(seed);
  // State in a typed array: 32-bit values in closure variables are boxed as heap numbers by V8
  // (outside the small-integer range), which made every draw allocate and ran 10× slower.
  const s = Int32Array.of(init(), init(), init(), init());
  for (let i = 0; i < 12; i++) sfc32(s);
  return s;
}

export function createRng(seed: number): Rng {
  const s = sfc32State(seed);
  let count = 0;
  const spare = new Float64Array(2); // [value, has-value]: same boxing reason as the state

  const next = (): number => {
    count++;
    return (sfc32(s) >>> 0) / 4294967296;
  };

  // Marsaglia polar method: two normals per accepted pair, no trig.
  const normal = (): number => {
    if (spare[1] === 1) {
      spare[1] = 0;
      return spare[0]!;
    }
    let u = 0, v = 0, r2 = 0;
    do {
      u = 2 * next() - 1;
      v = 2 * next() - 1;
      r2 = u * u + v * v;
    } while (r2 >= 1 || r2 === 0);
    const m = Math.sqrt((-2 * Math.log(r2)) / r2);
    spare[0] = v * m;
    spare[1] = 1;
    return u * m;
  };

  const poisson = (lambda: number): number => {
    if (!(lambda > 0)) return 0;
    if (lambda < 30) {
      // Knuth: multiply uniforms until below e^-λ (expected λ+1 draws; fine for small λ).
      const limit = Math.exp(-lambda);
      let k = 0;
      let p = next();
      while (p > limit) {
        k++;
        p *= next();
      }
      return k;
    }
    return ptrs(lambda, next);
  };

  return { next, normal, poisson, draws: () => count };
}

/** Hörmann's PTRS transformed rejection (1993) for λ ≥ 10: O(1) expected draws. */
function ptrs(lambda: number, next: () => number): number {
  const slam = Math.sqrt(lambda);
  const loglam = Math.log(lambda);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = next() - 0.5;
    const v = next();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b) <= -lambda + k * loglam - logGamma(k + 1)) return k;
  }
}

/** Lanczos approximation (g=7, n=9); |error| < 1e-13 for x > 0. */
export function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const xx = x - 1;
  let s = c[0]!;
  for (let i = 1; i < 9; i++) s += c[i]! / (xx + i);
  const t = xx + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (xx + 0.5) * Math.log(t) - t + Math.log(s);
}

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 erf, |error| < 1.5e-7): used for analytic means. */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-z * z);
  return x >= 0 ? 0.5 * (1 + y) : 0.5 * (1 - y);
}
