import { describe, expect, it } from 'vitest';
import { createRng, logGamma, normalCdf } from './random';

describe('seeded variates', () => {
  it.each([0.3, 4, 29.5, 30, 75, 400])('poisson(%d) has mean and variance λ', (lambda) => {
    const rng = createRng(7);
    const n = 50_000;
    let s = 0, s2 = 0;
    for (let i = 0; i < n; i++) {
      const k = rng.poisson(lambda);
      s += k;
      s2 += k * k;
    }
    const mean = s / n;
    const variance = s2 / n - mean * mean;
    expect(Math.abs(mean - lambda) / lambda).toBeLessThan(0.02);
    expect(Math.abs(variance - lambda) / lambda).toBeLessThan(0.05);
  });

  it('normal() is standard', () => {
    const rng = createRng(3);
    let s = 0, s2 = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      const z = rng.normal();
      s += z;
      s2 += z * z;
    }
    expect(Math.abs(s / n)).toBeLessThan(0.02);
    expect(Math.abs(s2 / n - 1)).toBeLessThan(0.02);
  });

  it('the same seed gives the same stream, another seed another', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createRng(seed).next);
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it.each([
    [1, 0],
    [5, Math.log(24)],
    [10.5, Math.log(1133278.38894878)],
  ])('logGamma(%d)', (x, want) => expect(logGamma(x)).toBeCloseTo(want, 8));

  it.each([
    [0, 0.5],
    [1.959964, 0.975],
    [-1, 0.158655],
  ])('normalCdf(%d)', (x, want) => expect(normalCdf(x)).toBeCloseTo(want, 5));
});
