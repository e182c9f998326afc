// Adversarial linearity: every secrets detector on 10 KB vs 100 KB of inputs built to provoke
// regex backtracking. Linear code costs ~10× for 10× the text; the bound is generous (< 30×)
// because shared CI machines are noisy — a quadratic blow-up would be ~100×. Each detector's
// time is the fastest of several runs (garbage-collection pauses and cache misses only ever add
// time), summed over detectors.
import { describe, expect, it } from 'vitest';
import { runDetector } from '../engine';
import { SECRET_DETECTORS } from './index';

const detectors = Object.values(SECRET_DETECTORS);

const walls: [string, (n: number) => string][] = [
  ['base64 wall', (n) => 'QUtJQUlPU0ZPRE5ON0VYQU1QTEVrZXk9+/'.repeat(n / 34 + 1).slice(0, n)],
  ['AKIA run', (n) => 'AKIA'.repeat(n / 4)],
  ['"=====" run', (n) => '='.repeat(n)],
  ['nested quotes after a secret name', (n) => `password = "'"'\``.repeat(n / 16 + 1).slice(0, n)],
  ['assignment chain', (n) => 'api_key=token=secret='.repeat(n / 21 + 1).slice(0, n)],
  ['-----BEGIN headers', (n) => '-----BEGIN RSA PRIVATE KEY-----\nMIIE'.repeat(n / 36 + 1).slice(0, n)],
  ['eyJ segments', (n) => 'eyJhbGciOiJIUzI1NiJ9.eyJ'.repeat(n / 24 + 1).slice(0, n)],
  ['URL userinfo walls', (n) => 'https://u:'.repeat(n / 10 + 1).slice(0, n)],
  ['xoxb digit runs', (n) => 'xoxb-1234567890-'.repeat(n / 16 + 1).slice(0, n)],
];

/** Σ over detectors of the fastest of `runs` runs, in ms. */
function costMs(text: string, runs = 7): number {
  const lower = text.toLowerCase();
  let total = 0;
  for (const d of detectors) {
    let best = Infinity;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      runDetector(d, text, lower);
      best = Math.min(best, performance.now() - t0);
    }
    total += best;
  }
  return total;
}

// Retried because other test files share the CPU; a real blow-up fails every attempt.
describe('secrets detectors stay linear on adversarial input', { retry: 2 }, () => {
  it.each(walls)('%s: 100 KB costs < 30× 10 KB', (_name, make) => {
    const small = make(10_000);
    const large = make(100_000);
    costMs(small, 2); // warm up: compile, tier up and optimise before measuring
    costMs(large, 1);
    const ratio = costMs(large) / Math.max(costMs(small), 0.05);
    expect(ratio).toBeLessThan(30);
  });
});
