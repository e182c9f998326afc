import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { npmToken } from './npm-token';
import { B62, fake } from './test-fixtures';

const TOKEN = fake('npm_', B62, 36, 66);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(npmToken, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/npm-token', () => {
  it.each([
    [`NPM_TOKEN=${TOKEN}`, [TOKEN]],
    [`token: "${TOKEN}" # rotate`, [TOKEN]],
    [TOKEN.slice(0, 12), []],
    [`x${TOKEN}`, []],
    ['//registry.npmjs.org/:_authToken=${NPM_TOKEN}', []],
    ['_authToken=743b294a-cd03-11ec-9d64-0242ac120002', []],
    ['//registry.npmjs.org/:_authToken=743b294a-cd03-11ec-9d64-0242ac120002', ['743b294a-cd03-11ec-9d64-0242ac120002']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
