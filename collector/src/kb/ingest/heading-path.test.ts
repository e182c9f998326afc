import { describe, expect, it } from 'vitest';
import { dropTitleHeading, isTitleVariant } from './heading-path';

describe('isTitleVariant', () => {
  it.each([
    ['Travel policy 2026', 'Travel policy', true], // a year added to the upload title
    ['Travel policy', 'Travel Policy 2026', true], // ... or to the document's heading
    ['ACME travel policy', 'Travel policy', true], // a suffix
    ['travel-policy', 'Travel  Policy', true], // punctuation and spacing do not count
    ['Travel policy', 'Travel policy', true],
    ['Policy', 'Policy on travel and expenses', false], // the heading says much more than the title
    ['Travel policy', 'Expense policy', false],
    ['Travel policy 2026', 'Policy travel', false], // same words, another order
    ['Handbook', 'Hand', false], // words, not characters
    ['', 'Travel policy', false],
  ])('%j vs %j → %s', (title, heading, expected) => expect(isTitleVariant(title, heading)).toBe(expected));
});

describe('dropTitleHeading', () => {
  it.each([
    ['a variant of the title, the only outermost heading',
      'Travel policy 2026', [['Travel policy'], ['Travel policy', 'Flights'], ['Travel policy', 'Reimbursement']],
      [[], ['Flights'], ['Reimbursement']]],
    ['the title itself, among other outermost headings',
      'Travel policy', [['Travel policy'], ['Appendix', 'Forms']],
      [[], ['Appendix', 'Forms']]],
    ['a variant among other outermost headings: a section, kept',
      'Travel', [['Travel expenses', 'Flights'], ['Meals']],
      [['Travel expenses', 'Flights'], ['Meals']]],
    ['an unrelated heading',
      'Employee handbook', [['Remote access', 'VPN']],
      [['Remote access', 'VPN']]],
    ['text before the first heading',
      'Runbook: payments', [[], ['Payments runbook'], ['Runbook payments', 'Escalation']],
      [[], ['Payments runbook'], ['Escalation']]],
    ['no headings at all', 'Notes', [[], []], [[], []]],
    ['only the first element, never a deeper one',
      'Travel policy', [['Travel policy', 'Travel policy']],
      [['Travel policy']]],
  ])('%s', (_name, title, paths, expected) => {
    expect(dropTitleHeading(title, paths)).toEqual(expected);
  });
});
