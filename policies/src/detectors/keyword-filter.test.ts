import { describe, expect, it } from 'vitest';
import { KeywordFilter } from './keyword-filter';
import { DETECTORS } from './registry';
import type { Detector } from './types';

const d = (id: string, keywords: string[]): Detector => ({ id, entity: 'SECRET', label: { one: id, many: id }, patterns: [], keywords });

describe('KeywordFilter', () => {
  const filter = new KeywordFilter([d('a', ['sk-']), d('b', ['sk-ant']), d('c', ['abc']), d('e', ['bcd']), d('f', ['a.b'])]);
  it.each([
    ['my sk-ant-key', ['sk-ant', 'sk-']],
    ['abcd', ['abc', 'bcd']],
    ['axb', []],
    ['a.b', ['a.b']],
  ])('%s → %j', (text, expected) => {
    expect([...filter.present(text)].sort()).toEqual([...expected].sort());
  });

  // The single scan must agree with one `includes` per keyword, detector by detector, on real text.
  it('agrees with per-keyword includes for every registered detector', () => {
    const all = Object.values(DETECTORS);
    const f = new KeywordFilter(all);
    const texts = [
      'Contact jane@example.com, AKIAIOSFODNN7EXAMPLE, ghp_x, sk-ant-api03-x, -----BEGIN RSA PRIVATE KEY-----, postgres://u:p@h/db',
      'Patient MRN 12345, ICD-10 E11.9, NPI 1234567893, IBAN DE89 3704 0044 0532 0130 00, SSN 123-45-6789',
      'nothing to see here at all',
    ];
    for (const t of texts) {
      const lower = t.toLowerCase();
      const present = f.present(lower);
      for (const det of all) expect(KeywordFilter.passes(det, present), det.id).toBe(!det.keywords || det.keywords.some((k) => lower.includes(k)));
    }
  });
});
