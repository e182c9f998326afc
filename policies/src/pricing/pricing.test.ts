import { describe, expect, it } from 'vitest';
import { costUsd, MODEL_PRICES, priceOf } from './index';

describe('priceOf', () => {
  it.each([
    ['claude-opus-4-1-20250805', 'claude-opus-4-1', true],
    ['claude-opus-4-20250514', 'claude-opus-4', true],
    ['claude-sonnet-4-5', 'claude-sonnet-4-5', true],
    ['claude-sonnet-45', 'claude-unknown', false],
    ['gpt-9', 'claude-unknown', false],
  ])('%s', (model, row, known) => {
    const p = priceOf(model);
    expect(p.known).toBe(known);
    if (known) expect(p.model).toBe(row);
    else expect(p.outputPerMTok).toBe(Math.max(...MODEL_PRICES.map((m) => m.outputPerMTok)));
  });

  it('every row has a source and a date', () => {
    for (const p of MODEL_PRICES) {
      expect(p.source).toMatch(/^https:\/\//);
      expect(p.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('costUsd', () => {
  it.each([
    [{ inputPerMTok: 3, outputPerMTok: 15 }, 1_000_000, 0, 3],
    [{ inputPerMTok: 3, outputPerMTok: 15 }, 1000, 2000, 0.033],
    [{ inputPerMTok: 0.25, outputPerMTok: 1.25 }, 1, 1, 0.000002],
  ])('%o %d in %d out', (price, i, o, usd) => expect(costUsd(price, i, o)).toBeCloseTo(usd, 9));
});
