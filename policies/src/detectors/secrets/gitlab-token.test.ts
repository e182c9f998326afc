import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { gitlabToken } from './gitlab-token';
import { URLSAFE, fake } from './test-fixtures';

const PAT = fake('glpat-', URLSAFE, 20, 81);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(gitlabToken, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/gitlab-token', () => {
  it.each([
    [`GITLAB_TOKEN=${PAT}`, [PAT]],
    ['glpat-hellOworld380_testin', ['glpat-hellOworld380_testin']],
    ['glpat-hellOWorld380 testin', []],
    ['gldt-seems_too000Sshorty', []],
    ['GR1348941PREfix_helloworld380', ['GR1348941PREfix_helloworld380']],
    ['glptt-Need5_T00-be-exactly-40-chars--ELse_failing', []],
    ['glpat-XXXXXXXXXXX-XXXXXXXX', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
