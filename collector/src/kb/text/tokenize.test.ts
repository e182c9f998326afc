import { describe, expect, it } from 'vitest';
import { approxTokens, terms } from './tokenize';

describe('terms', () => {
  it.each([
    ['What are the structural problems?', ['structur', 'problem']],
    ["The wing's lift increases", ['wing', 'lift', 'increas']],
    ['Ünïcode Wörter 42', ['ünïcode', 'wörter', '42']],
    ['', []],
  ])('%s', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });
  it('counts tokens roughly like a model tokenizer', () => {
    expect(approxTokens('one two three four')).toBe(6);
  });
});
