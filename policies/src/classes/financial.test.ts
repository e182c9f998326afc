import { describe, expect, it } from 'vitest';
import { classOf } from './test-helpers';

describe('classes/financial', () => {
  it.each([
    ['Draft: Q3 revenue came in at $41M, EBITDA margin 18%. This is material non-public information — do not trade before the earnings release. Due diligence on the acquisition target continues.', 0.8],
    ['Update the FY25 forecast: revenue, gross margin and cash flow by quarter for the board meeting.', 0.5],
  ])('%s', (text, min) => expect(classOf(text, 'financial')?.score).toBeGreaterThanOrEqual(min));

  it('ignores everyday money talk', () => expect(classOf('How much should I tip at a restaurant in Paris?', 'financial')).toBeUndefined());
});
