import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { urlCredentials } from './url-credentials';
import { B62, fake } from './test-fixtures';

const PW = fake('', B62, 12, 101);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(urlCredentials, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/url-credentials', () => {
  it.each([
    [`git clone https://deploy:${PW}@git.example.com/acme/app.git`, [PW]],
    [`ftp://backup:${PW}@10.0.0.5/`, [PW]],
    ['https://cafebabe:deadbeef@gems.contribsys.com/', ['deadbeef']],
    ['http://localhost:5000/<%= @variable %>', []],
    ['"https://url:8000";@something else', []],
    ['https://url:8000 @something else', []],
    ['https://username:password@yelp.com', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
