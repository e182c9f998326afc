import { describe, expect, it } from 'vitest';
import { classify } from '../classify';
import { describeFindings } from './describe';

describe('describeFindings', () => {
  it.each([
    ['nothing here', 'nothing sensitive'],
    ['mail ann@example.com', 'an email address'],
    ['mail ann@example.com and bo@example.org', '2 email addresses'],
    ['key AKIAIOSFODNN7EXAMPLF for ann@example.com and bo@example.org', 'an AWS key and 2 email addresses'],
    ['card 4111 1111 1111 1111, ann@example.com, bo@example.org', 'a payment card number and 2 email addresses'],
  ])('%s → %s', (text, words) => expect(describeFindings(classify(text).findings)).toBe(words));

  it('caps the list and counts the rest', () => {
    const text = 'ann@example.com +1 415 555 0132 4111 1111 1111 1111 10.1.2.3 https://example.com/x db.corp';
    expect(describeFindings(classify(text).findings)).toMatch(/ and \d+ more items?$/);
  });
});
