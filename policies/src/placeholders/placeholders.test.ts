import { describe, expect, it } from 'vitest';
import type { Finding } from '../detectors/types';
import { PlaceholderMap } from './map';
import { findKnownValues, redact, scrubWithMap } from './scrub';
import { isPlaceholderPrefix, parsePlaceholder } from './syntax';

const f = (text: string, value: string, entity: Finding['entity'], from = 0): Finding => {
  const start = text.indexOf(value, from);
  if (start < 0) throw new Error(`fixture: ${value} not in text`);
  return { entity, start, end: start + value.length, score: 0.9, detector: 'test' };
};
// Identity key is enough for pure tests; the collector passes an HMAC.
const keyOf = (v: string) => `k:${v}`;

describe('scrubWithMap', () => {
  it('numbers per entity, reuses the same value, and reports output spans', () => {
    const text = 'Mail jane@acme.io and bob@acme.io; jane@acme.io again, call Jane Roe';
    const map = new PlaceholderMap(keyOf);
    const r = scrubWithMap(text, [f(text, 'jane@acme.io', 'EMAIL_ADDRESS'), f(text, 'bob@acme.io', 'EMAIL_ADDRESS'), f(text, 'jane@acme.io', 'EMAIL_ADDRESS', 30), f(text, 'Jane Roe', 'PERSON')], map);
    expect(r.text).toBe('Mail <EMAIL_ADDRESS_1> and <EMAIL_ADDRESS_2>; <EMAIL_ADDRESS_1> again, call <PERSON_1>');
    expect(r.added.map((e) => e.placeholder)).toEqual(['<EMAIL_ADDRESS_1>', '<EMAIL_ADDRESS_2>', '<PERSON_1>']);
    for (const s of r.spans) expect(r.text.slice(s.start, s.end)).toBe(s.placeholder);
  });

  it('keeps placeholders stable across turns even when the detector misses the value later', () => {
    const map = new PlaceholderMap(keyOf);
    const t1 = 'Write to Jane Roe at jane@acme.io';
    scrubWithMap(t1, [f(t1, 'Jane Roe', 'PERSON'), f(t1, 'jane@acme.io', 'EMAIL_ADDRESS')], map);
    // Turn 2: no findings at all (e.g. the restored answer sent back as history).
    const t2 = 'Dear Jane Roe, your address jane@acme.io is on file. Also Jane Roey is someone else.';
    const r2 = scrubWithMap(t2, [], map);
    expect(r2.text).toBe('Dear <PERSON_1>, your address <EMAIL_ADDRESS_1> is on file. Also Jane Roey is someone else.');
    expect(r2.added).toEqual([]);
  });

  it('rebuilds from persisted entries and never reissues a number', () => {
    const a = new PlaceholderMap(keyOf);
    a.assign('PERSON', 'Ann');
    a.assign('PERSON', 'Bo');
    const b = new PlaceholderMap(keyOf, a.entries());
    expect(b.assign('PERSON', 'Ann').entry.placeholder).toBe('<PERSON_1>');
    expect(b.assign('PERSON', 'Cy').entry.placeholder).toBe('<PERSON_3>');
    expect(b.valueOf('<PERSON_2>')).toBe('Bo');
  });

  it('one value typed two ways keeps its first placeholder', () => {
    const map = new PlaceholderMap(keyOf);
    map.assign('PHONE_NUMBER', '4155550100');
    expect(map.assign('US_BANK_NUMBER', '4155550100').entry.placeholder).toBe('<PHONE_NUMBER_1>');
  });
});

describe('findKnownValues word boundaries', () => {
  it.each([
    ['Al went home', 1],
    ['Also Al', 1],
    ['Alabama', 0],
    ['(Al)', 1],
  ])('%s', (text, n) => {
    const map = new PlaceholderMap(keyOf);
    map.assign('PERSON', 'Al');
    expect(findKnownValues(text, map)).toHaveLength(n);
  });
});

describe('redact styles', () => {
  const text = 'Jane Roe <jane@acme.io>, Jane Roe';
  const findings = [f(text, 'Jane Roe', 'PERSON'), f(text, 'jane@acme.io', 'EMAIL_ADDRESS'), f(text, 'Jane Roe', 'PERSON', 5)];
  it.each([
    ['placeholder', '<PERSON_1> <<EMAIL_ADDRESS_1>>, <PERSON_1>'],
    ['mask', '******** <************>, ********'],
    ['entity-label', '<PERSON> <<EMAIL_ADDRESS>>, <PERSON>'],
  ] as const)('%s', (style, expected) => {
    const r = redact(text, findings, style);
    expect(r.text).toBe(expected);
    expect(r.text).not.toContain('jane@acme.io');
  });
});

describe('syntax', () => {
  it.each([
    ['<PERSON_1>', { entity: 'PERSON', n: 1 }],
    ['<EMAIL_ADDRESS_12>', { entity: 'EMAIL_ADDRESS', n: 12 }],
    ['<NAME_1>', undefined],
    ['<PERSON_0>', undefined],
    ['<PERSON_1', undefined],
  ])('parse %s', (s, expected) => expect(parsePlaceholder(s)).toEqual(expected));

  it.each([
    ['<', true], ['<P', true], ['<EMAIL_ADDRESS_', true], ['<PERSON_12', true],
    ['<p', false], ['< ', false], ['<PERSON_1>', false], ['x<', false], [`<${'A'.repeat(60)}`, false],
  ])('prefix %s', (s, expected) => expect(isPlaceholderPrefix(s)).toBe(expected));
});
