import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { sendgridApiKey } from './sendgrid-api-key';
import { URLSAFE, fake } from './test-fixtures';

const TOKEN = `${fake('SG.', URLSAFE, 22, 48)}.${fake('', URLSAFE, 43, 49)}`;

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(sendgridApiKey, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/sendgrid-api-key', () => {
  it.each([
    [`SENDGRID_API_KEY=${TOKEN}`, [TOKEN]],
    [`token: "${TOKEN}" # rotate`, [TOKEN]],
    [TOKEN.slice(0, 12), []],
    [`x${TOKEN}`, []],
    [TOKEN.replace('.', '..'), []],
    [`A${TOKEN.slice(1)}`, []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
