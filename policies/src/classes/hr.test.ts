import { describe, expect, it } from 'vitest';
import { classOf } from './test-helpers';

describe('classes/hr', () => {
  it.each([
    ['Performance review for the employee: salary 92k, bonus withheld, placed on a performance improvement plan; disciplinary action if no change.', 0.8],
    ['Offer letter: base salary, signing bonus and benefits for the candidate.', 0.5],
  ])('%s', (text, min) => expect(classOf(text, 'hr')?.score).toBeGreaterThanOrEqual(min));

  it('is not triggered by a single word', () => expect(classOf('Write a poem about a candidate for mayor.', 'hr')).toBeUndefined());
});
