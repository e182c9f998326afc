import { describe, expect, it } from 'vitest';
import { runDetector } from '../engine';
import { iban } from './iban';

const found = (text: string) => runDetector(iban, text).map((f) => text.slice(f.start, f.end));

describe('finance/iban', () => {
  it.each([
    ['GB82WEST12345698765432', ['GB82WEST12345698765432']],
    ['pay to DE89 3704 0044 0532 0130 00 today', ['DE89 3704 0044 0532 0130 00']],
    ['this is an iban VG96 VPVG 0000 0123 4567 8901 X in a sentence', ['VG96 VPVG 0000 0123 4567 8901']],
    ['Dash as iban separator: AL47-2121-1009-0000-0002-3569-8741', ['AL47-2121-1009-0000-0002-3569-8741']],
    ['AL47 2121 1009 0000 0002 3569 8740', []], // mod-97 fails
    ['AL47 212A 1009 0000 0002 3569 874', []], // one character short
    ['IL15 0120 6900 0000 3111 0120 6900 0000 3111 141', []], // runs past the country length mid-group
    ['AB150120690000003111141', []], // no such country
    ['Slash: AL47/2121/1009/0000/0002/3569/8741', []],
    ['GB82 ' + 'A'.repeat(5000), []],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});
