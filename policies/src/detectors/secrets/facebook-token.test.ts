import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { facebookToken } from './facebook-token';
import { B62, HEX, fake } from './test-fixtures';

const PAGE = fake('EAAM', B62, 150, 105);
const SECRET = fake('', HEX, 32, 106);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(facebookToken, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/facebook-token', () => {
  it.each([
    [`FB_PAGE_TOKEN=${PAGE}`, [PAGE]],
    [`facebook_app_secret = "${SECRET}"`, [SECRET]],
    ['facebook 1308742762612587|rhoK1cbv0DOU_RTX_87O4MkX7AI', ['1308742762612587|rhoK1cbv0DOU_RTX_87O4MkX7AI']],
    ['id 1308742762612587|rhoK1cbv0DOU_RTX_87O4MkX7AI', []],
    ['eaaaC0b75a9329fded2ffa9a02b47e0117831b82', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
