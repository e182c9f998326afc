import { describe, expect, it } from 'vitest';
import { normalCdf, sfc32State } from './random';
import { zigguratNormal } from './ziggurat';

describe('ziggurat normals', () => {
  const n = 1_000_000;
  const st = new Int32Array(5);
  st.set(sfc32State(17));
  const z = Float64Array.from({ length: n }, () => zigguratNormal(st));

  it('has mean 0, variance 1, kurtosis 3', () => {
    let s = 0, s2 = 0, s4 = 0;
    for (const x of z) {
      s += x;
      s2 += x * x;
      s4 += x ** 4;
    }
    expect(Math.abs(s / n)).toBeLessThan(0.005);
    expect(Math.abs(s2 / n - 1)).toBeLessThan(0.005);
    expect(Math.abs(s4 / n - 3)).toBeLessThan(0.03);
  });

  // Thresholds either side of layer edges, inside the wedges and beyond the tail start (3.4426).
  it.each([-4, -3.5, -2, -1, -0.3, 0, 0.5, 1.5, 2.5, 3.3, 3.6, 4.2])('P(Z ≤ %d) matches the normal CDF', (x) => {
    let below = 0;
    for (const v of z) if (v <= x) below++;
    const p = normalCdf(x);
    // Binomial standard error √(p(1−p)/n) ≤ 0.0005; allow 4 of them plus the CDF's own 1e-7.
    expect(Math.abs(below / n - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n) + 1e-6);
  });

  it('spends about one 32-bit draw per normal', () => expect(st[4]! / n).toBeLessThan(1.05));
});
