import { describe, expect, it } from 'vitest';
import { runDetector, resolveOverlaps } from '../engine';
import { streetAddress } from './street-address';

const found = (text: string) => resolveOverlaps(runDetector(streetAddress, text)).map((f) => text.slice(f.start, f.end));

describe('pii/street-address', () => {
  it.each([
    ['Ship it to 1600 Pennsylvania Avenue, please', ['1600 Pennsylvania Avenue']],
    ['The restaurant is at 19 1755 Nelson Mandela Drive', ['1755 Nelson Mandela Drive']],
    ['27 2279 President St Apt. 4B', ['2279 President St Apt. 4B']],
    ['Filip lives on Nassaustraat 123 street.', ['Nassaustraat 123']],
    ['The bus station is on Ziegelgasse 26', ['Ziegelgasse 26']],
    ['16 48 rue Descartes, Monte Gil', ['48 rue Descartes']],
    ['We sold 12 Big Red Apples today', []],
    ['1 ' + 'Abc '.repeat(2000), []],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});
