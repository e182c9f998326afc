import { describe, expect, it } from 'vitest';
import { pageLabel, pagesOf } from './pages';

// Page 1 text at 0, page 2 (no text) absent, page 3 at 100, page 4 at 250.
const STARTS = [{ page: 1, offset: 0 }, { page: 3, offset: 100 }, { page: 4, offset: 250 }];

describe('pagesOf', () => {
  it.each([
    ['inside page 1', 10, 60, { from: 1, to: 1 }],
    ['ending exactly where page 3 starts (end is exclusive)', 10, 100, { from: 1, to: 1 }],
    ['starting on page 3', 100, 180, { from: 3, to: 3 }],
    ['across two pages', 60, 140, { from: 1, to: 3 }],
    ['across three pages', 50, 300, { from: 1, to: 4 }],
    ['on the last page', 260, 400, { from: 4, to: 4 }],
    ['an empty range', 120, 120, { from: 3, to: 3 }],
  ])('%s', (_name, start, end, expected) => {
    expect(pagesOf(start, end, STARTS)).toEqual(expected);
  });

  it('gives nothing for documents without pages', () => {
    expect(pagesOf(0, 10, undefined)).toBeUndefined();
    expect(pagesOf(0, 10, [])).toBeUndefined();
  });
});

describe('pageLabel', () => {
  it.each([
    [{ from: 3, to: 3 }, 'p. 3'],
    [{ from: 3, to: 4 }, 'pp. 3–4'],
    [undefined, ''],
    [null, ''],
  ])('%j → %s', (pages, label) => expect(pageLabel(pages)).toBe(label));
});
