import { describe, expect, it } from 'vitest';
import { runDetector } from '../engine';
import { ukNhs } from './uk-nhs';

const found = (text: string) => runDetector(ukNhs, text).map((f) => text.slice(f.start, f.end));

describe('gov/uk-nhs', () => {
  it.each([
    ['401-023-2137', ['401-023-2137']],
    ['221 395 1837', ['221 395 1837']],
    ['0032698674', ['0032698674']],
    ['401-023-2138', []],
    ['401-0232137', []], // mixed grouping
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it('is boosted by an NHS mention', () => {
    expect(runDetector(ukNhs, 'NHS number 401 023 2137')[0]!.score).toBeGreaterThanOrEqual(0.8);
  });
});
