import { describe, expect, it } from 'vitest';
import { runDetector } from '../engine';
import { dateOfBirth } from './date-of-birth';

const found = (text: string) => runDetector(dateOfBirth, text).map((f) => text.slice(f.start, f.end));

describe('pii/date-of-birth', () => {
  it.each([
    ['She was born on 12/27/1986.', ['12/27/1986']],
    ['DOB: 1986-12-27', ['1986-12-27']],
    ['Geburtsdatum: 27.12.1986', ['27.12.1986']],
    ['née le 3 mars 1990 à Lyon', ['3 mars 1990']],
    ['fecha de nacimiento: 5 de mayo de 1979', ['5 de mayo de 1979']],
    ['date of birth March 4th, 1975', ['March 4th, 1975']],
    ['Meeting on 12/27/2024 at noon', []], // a date without a birth word
    ['Released 2021-05-21', []],
    ['born 1/2/3/4/5/6/7/8', []],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});
