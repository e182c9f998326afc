import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { datadogApiKey } from './datadog-api-key';
import { HEX, fake } from './test-fixtures';

const KEY = fake('', HEX, 32, 87);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(datadogApiKey, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/datadog-api-key', () => {
  it.each([
    [`DD_API_KEY=${KEY}`, [KEY]],
    [`datadog_app_key: "${fake('', 'abcdefghijklmnopqrstuvwxyz0123456789', 40, 88)}"`, [fake('', 'abcdefghijklmnopqrstuvwxyz0123456789', 40, 88)]],
    [`checksum ${KEY}`, []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
