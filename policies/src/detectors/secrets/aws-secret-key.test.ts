import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { awsSecretKey } from './aws-secret-key';
import { B64, fake } from './test-fixtures';

const SECRET = fake('', B64, 40, 3);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(awsSecretKey, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/aws-secret-key', () => {
  it.each([
    [`aws_secret_access_key = ${SECRET}`, [SECRET]],
    [`"SecretAccessKey": "${SECRET}"`, [SECRET]],
    [`AWS_SECRET=${SECRET}`, [SECRET]],
    [`some_other_value = ${SECRET}`, []],
    ['aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', []],
    [`aws_secret_access_key = ${SECRET}abc`, []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
