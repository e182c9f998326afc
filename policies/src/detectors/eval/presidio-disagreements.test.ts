import { describe, expect, it } from 'vitest';
import { PRESIDIO_DISAGREEMENTS } from './presidio-disagreements';
import { spansFor } from './presidio-cases';

describe('Presidio recognizer cases we judge wrong', () => {
  it.each(PRESIDIO_DISAGREEMENTS.map((d) => [d.entity, d.text, d] as const))('%s %j', (_e, _t, d) => {
    expect(d.reason.length).toBeGreaterThan(20);
    expect(spansFor(d.entity, d.text)).toEqual(d.ours);
  });
});
