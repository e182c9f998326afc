import { describe, expect, it } from 'vitest';
import { classify, summarize } from './classify';

describe('classify', () => {
  const mission = 'Customer Jessica Solomina (jessica.solomina@example.com) paid with 4111 1111 1111 1111; logs are on billing-db.internal';

  it('finds the mission prompt entities, without overlaps, in text order', () => {
    const c = classify(mission);
    expect(c.findings.map((f) => f.entity)).toEqual(['PERSON', 'EMAIL_ADDRESS', 'CREDIT_CARD', 'INTERNAL_HOSTNAME']);
    for (let i = 1; i < c.findings.length; i++) expect(c.findings[i]!.start).toBeGreaterThanOrEqual(c.findings[i - 1]!.end);
    expect(c.severity).toBe('high');
  });

  it('summarizes to counts, classes and severity only', () => {
    const s = summarize(classify(mission));
    expect(s.entities).toEqual({ PERSON: 1, EMAIL_ADDRESS: 1, CREDIT_CARD: 1, INTERNAL_HOSTNAME: 1 });
    expect(s.classes).toContain('pii');
    expect(s.severity).toBe('high');
    expect(JSON.stringify(s)).not.toContain('jessica');
  });

  it.each([
    [{ minScore: 1.01 }, []],
    [{ entities: ['EMAIL_ADDRESS' as const] }, ['EMAIL_ADDRESS']],
  ])('honours options %j', (opts, entities) => {
    expect(classify('mail ann@example.com or call +1 415 555 0132', opts).findings.map((f) => f.entity)).toEqual(entities);
  });

  it('treats hosts under configured company domains as internal', () => {
    const text = 'the wiki at git.acme.com is down';
    expect(classify(text).findings.some((f) => f.entity === 'INTERNAL_HOSTNAME')).toBe(false);
    expect(classify(text, { internalDomains: ['acme.com'] }).findings.map((f) => text.slice(f.start, f.end))).toContain('git.acme.com');
  });

  it('is deterministic', () => expect(classify(mission)).toEqual(classify(mission)));
});
