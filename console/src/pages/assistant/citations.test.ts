import { describe, expect, it } from 'vitest';
import { citationLabel, parseCitations } from './chat';

describe('parseCitations', () => {
  it.each([
    [null, []],
    ['not%20json', []],
    [encodeURIComponent(JSON.stringify([{ n: 1, title: 'Runbook — VPN', source: 'wiki/vpn', headingPath: ['A'], flagged: false }])), [{ n: 1, title: 'Runbook — VPN', source: 'wiki/vpn', headingPath: ['A'], flagged: false }]],
  ])('%s', (header, expected) => {
    expect(parseCitations(header)).toEqual(expected);
  });
});

describe('citationLabel', () => {
  const base = { n: 1, title: 'Travel policy', source: 'policies/travel.pdf', flagged: false };
  it.each([
    [{ ...base, headingPath: ['Reimbursement'] }, 'Travel policy › Reimbursement'],
    [{ ...base, headingPath: ['Travel policy', 'Reimbursement'] }, 'Travel policy › Reimbursement'],
    [{ ...base, headingPath: ['Reimbursement'], pages: { from: 2, to: 2 } }, 'Travel policy › Reimbursement, p. 2'],
    [{ ...base, headingPath: [], pages: { from: 2, to: 3 } }, 'Travel policy, pp. 2–3'],
  ])('%j → %s', (citation, label) => expect(citationLabel(citation)).toBe(label));
});
