import { describe, expect, it } from 'vitest';
import { Bm25Index, topK } from './bm25';

describe('Bm25Index', () => {
  const docs = [
    'Expense policy: travel expenses are reimbursed within 30 days.',
    'The VPN runbook: restart the VPN gateway, then check the tunnel.',
    'Holiday calendar for the Berlin office.',
    'VPN VPN VPN troubleshooting notes for remote staff.',
  ];
  const index = new Bm25Index();
  docs.forEach((d) => index.add(d));

  it.each([
    ['how are travel expenses reimbursed', 0],
    ['restart vpn gateway', 1],
    ['berlin holidays', 2],
  ])('%s → doc %i first', (q, expected) => {
    expect(topK(index.score(q), 1)[0]?.id).toBe(expected);
  });

  it('rewards term frequency with saturation, not linearly', () => {
    const s = index.score('vpn');
    expect(s.get(3)!).toBeGreaterThan(s.get(1)!);
    expect(s.get(3)! / s.get(1)!).toBeLessThan(3);
  });

  it('filters before ranking and forgets removed documents', () => {
    expect([...index.score('vpn', (id) => id !== 3).keys()]).toEqual([1]);
    const copy = new Bm25Index();
    docs.forEach((d) => copy.add(d));
    copy.remove(1);
    expect([...copy.score('gateway').keys()]).toEqual([]);
    expect(copy.size).toBe(3);
  });
});
