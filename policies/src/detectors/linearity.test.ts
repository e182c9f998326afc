// Adversarial linearity of the PII, finance, government, health, network and name detectors and the
// class scorers: 10 KB vs 100 KB of inputs built to provoke regex backtracking (eval/corpus.ts).
// Linear code costs ~10× for 10× the text; the bound is generous (< 40×) because shared CI machines
// are noisy and the name scan allocates enough on name-dense text for GC to add a few × at 100 KB —
// a quadratic blow-up would be ~100×. Each part's time is the fastest of several runs (pauses only
// ever add time), summed over parts.
import { describe, expect, it } from 'vitest';
import { scoreClasses } from '../classes/score';
import { runDetector } from './engine';
import { ADVERSARIAL } from './eval/corpus';
import { DETECTORS } from './registry';

const detectors = Object.values(DETECTORS).filter((d) => !d.id.startsWith('secrets/'));

function costMs(text: string, runs = 7): number {
  const lower = text.toLowerCase();
  const parts: (() => unknown)[] = [...detectors.map((d) => () => runDetector(d, text, lower)), () => scoreClasses(text, [], lower)];
  let total = 0;
  for (const part of parts) {
    let best = Infinity;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      part();
      best = Math.min(best, performance.now() - t0);
    }
    total += best;
  }
  return total;
}

describe('detectors stay linear on adversarial input', () => {
  it.each(Object.entries(ADVERSARIAL))('%s: 100 KB costs < 40× 10 KB', { retry: 2, timeout: 120_000 }, (_name, make) => {
    const smallText = make(10 * 1024);
    const bigText = make(100 * 1024);
    costMs(smallText, 2); // warm up: compile, tier up and optimise before measuring
    costMs(bigText, 1);
    expect(costMs(bigText) / Math.max(costMs(smallText), 0.05)).toBeLessThan(40);
  });
});
