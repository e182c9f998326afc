import { describe, expect, it } from 'vitest';
import { DETECTORS } from './registry';
import { ENTITY_TYPES } from './types';

// House rules every detector must keep, whoever wrote it.
describe('detector registry', () => {
  const all = Object.entries(DETECTORS);

  it.each(all)('%s is well formed', (key, d) => {
    expect(d.id).toBe(key);
    expect(d.id).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
    expect(ENTITY_TYPES).toContain(d.entity);
    expect(d.label.one.length).toBeGreaterThan(2);
    expect(d.label.many.length).toBeGreaterThan(2);
    expect(d.patterns.length > 0 || typeof d.find === 'function').toBe(true);
    for (const p of d.patterns) expect(p.regex.flags).toContain('g');
    for (const w of [...(d.context ?? []), ...(d.keywords ?? [])]) expect(w).toBe(w.toLowerCase());
  });

  it('covers every entity type except the ones only secrets produce', () => {
    const covered = new Set(all.map(([, d]) => d.entity));
    expect(ENTITY_TYPES.filter((e) => !covered.has(e))).toEqual([]);
  });
});
