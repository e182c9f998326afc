import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { stripeKey } from './stripe-key';
import { B62, fake } from './test-fixtures';

const TOKEN = fake('sk_live_', B62, 24, 65);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(stripeKey, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/stripe-key', () => {
  it.each([
    [`STRIPE_SECRET_KEY=${TOKEN}`, [TOKEN]],
    [`token: "${TOKEN}" # rotate`, [TOKEN]],
    [TOKEN.slice(0, 12), []],
    [`x${TOKEN}`, []],
    ['pk_live_j5krY8XTgIcDaHDb3YrsAfCl', []],
    ['sk_live_', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
