import { describe, expect, it } from 'vitest';
import { parseCitations } from './chat';

describe('parseCitations', () => {
  it.each([
    [null, []],
    ['not%20json', []],
    [encodeURIComponent(JSON.stringify([{ n: 1, title: 'Runbook — VPN', source: 'wiki/vpn', headingPath: ['A'], flagged: false }])), [{ n: 1, title: 'Runbook — VPN', source: 'wiki/vpn', headingPath: ['A'], flagged: false }]],
  ])('%s', (header, expected) => {
    expect(parseCitations(header)).toEqual(expected);
  });
});
