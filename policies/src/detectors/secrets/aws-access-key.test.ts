import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { awsAccessKey } from './aws-access-key';
import { fake } from './test-fixtures';

const KEY_ID = fake('AKIA', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
const TEMP_ID = fake('ASIA', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 2);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(awsAccessKey, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/aws-access-key', () => {
  it.each([
    [`aws_access_key_id = ${KEY_ID}`, [KEY_ID]],
    [`creds: ${TEMP_ID}, region eu-west-1`, [TEMP_ID]],
    ['key = AKIAXXXXXXXXXXXXXXXX', []],
    ['aws_access_key: AKIAIOSFODNN7EXAMPLE', []],
    ['TODAYINASIAASACKOFRICEFELLOVER', []],
    [`x${KEY_ID}`, []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
