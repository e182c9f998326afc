import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { awsBedrockKey } from './aws-bedrock-key';
import { B64, fake } from './test-fixtures';

const TOKEN = fake('ABSKQmVkcm9ja0FQSUtleS', B64, 120, 68);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(awsBedrockKey, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/aws-bedrock-key', () => {
  it.each([
    [`AWS_BEARER_TOKEN_BEDROCK=${TOKEN}`, [TOKEN]],
    [`token: "${TOKEN}" # rotate`, [TOKEN]],
    [TOKEN.slice(0, 12), []],
    [`x${TOKEN}`, []],
    ['ABSKQmVkcm9ja0FQSUtleS1EXAMPLE', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
