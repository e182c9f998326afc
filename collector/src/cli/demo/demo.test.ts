import { DecisionEventSchema, DEFAULT_POLICY, lookupApp } from '@protocol-zero/policies';
import { describe, expect, it } from 'vitest';
import { DEPARTMENTS, makeCompany } from './company';
import { generateDecisions } from './decisions';
import { hostOf, identityCsv, squidLog } from './proxy-log';

const NOW = new Date('2026-11-20T18:00:00Z');
const company = makeCompany('test-key');

describe('demo company', () => {
  it('has about 500 people with unique emails in every department', () => {
    expect(company.length).toBe(DEPARTMENTS.reduce((s, d) => s + d.headcount, 0));
    expect(company.length).toBeGreaterThanOrEqual(480);
    expect(new Set(company.map((e) => e.email)).size).toBe(company.length);
    expect(new Set(company.map((e) => e.department))).toEqual(new Set(DEPARTMENTS.map((d) => d.id)));
  });

  it('is the same company on every run', () => {
    expect(makeCompany('test-key').map((e) => e.email)).toEqual(company.map((e) => e.email));
  });

  it('decisions from the real classifier and evaluator are valid wire events with a realistic outcome mix', () => {
    const sample = company.slice(0, 120);
    const byEmployee = generateDecisions(sample, [{ from: new Date(0), version: 1, policy: DEFAULT_POLICY }], 7, NOW);
    const events = [...byEmployee.values()].flat();
    expect(events.length).toBeGreaterThan(100);
    for (const e of events) expect(DecisionEventSchema.safeParse(e).success).toBe(true);
    const outcomes = new Set(events.map((e) => e.outcome));
    for (const o of ['sent', 'redirected', 'blocked']) expect(outcomes).toContain(o);
    // Classification is real: credentials were found and blocked by the shipped policy.
    expect(events.some((e) => e.classes.includes('credentials') && e.action === 'block')).toBe(true);
  });

  it('the proxy log names catalogued hosts the sensor will recognise', () => {
    const log = squidLog(company.slice(0, 50), 3, NOW);
    const hosts = new Set([...log.matchAll(/CONNECT (\S+):443/g)].map((m) => m[1]!));
    expect(hosts.size).toBeGreaterThan(2);
    for (const h of hosts) expect(lookupApp(h)).toBeTruthy();
    expect(identityCsv(company.slice(0, 2)).trim().split('\n')).toHaveLength(2);
    expect(hostOf('chatgpt')).toBe('chatgpt.com');
  });
});
