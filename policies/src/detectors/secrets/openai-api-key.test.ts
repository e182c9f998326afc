import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { openaiApiKey } from './openai-api-key';
import { B62, URLSAFE, fake } from './test-fixtures';

const PROJECT = `${fake('sk-proj-', URLSAFE, 74, 1)}T3BlbkFJ${fake('', URLSAFE, 74, 2)}`;
const LEGACY = `${fake('sk-', B62, 20, 3)}T3BlbkFJ${fake('', B62, 20, 4)}`;
const SERVICE = `${fake('sk-svcacct-', URLSAFE, 58, 5)}T3BlbkFJ${fake('', URLSAFE, 58, 6)}`;

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(openaiApiKey, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/openai-api-key', () => {
  it.each([
    [`OPENAI_API_KEY=${PROJECT}`, [PROJECT]],
    [`client = OpenAI(api_key="${LEGACY}")`, [LEGACY]],
    [`my key is ${SERVICE}.`, [SERVICE]],
    ['sk-proj-Xi8tdMjHV6pmbBbwilTeT4BlbkFJ3UDnpdEwNNm6wVBpYM0o', []],
    [`${fake('sk-', B62, 48, 7)}`, []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
