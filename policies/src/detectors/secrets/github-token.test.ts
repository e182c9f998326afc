import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { githubToken } from './github-token';
import { B62, fake } from './test-fixtures';

const TOKEN = fake('ghp_', B62, 36, 56);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(githubToken, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/github-token', () => {
  it.each([
    [`GITHUB_TOKEN=${TOKEN}`, [TOKEN]],
    [`token: "${TOKEN}" # rotate`, [TOKEN]],
    [TOKEN.slice(0, 12), []],
    [`x${TOKEN}`, []],
    ['ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', []],
    [TOKEN.replace('ghp_', 'foo_'), []],
    [`gh_pat ${fake('github_pat_', B62, 82, 57)}`, [fake('github_pat_', B62, 82, 57)]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
