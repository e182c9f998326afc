import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { huggingfaceToken } from './huggingface-token';
import { LETTERS, fake } from './test-fixtures';

const USER = fake('hf_', LETTERS, 34, 31);
const ORG = fake('api_org_', LETTERS, 34, 32);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(huggingfaceToken, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/huggingface-token', () => {
  it.each([
    [`huggingface-cli login --token ${USER}`, [USER]],
    [`use_auth_token='${ORG}'`, [ORG]],
    ['hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', []],
    ['- (id)hf_requiredCharacteristicTypesForDisplayMetadata;', []],
    ['&hf_servingcellpriorityparametersdescription_h_prio', []],
    [`r${USER}`, []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
