import { describe, expect, it } from 'vitest';
import { classify } from './classify';
import { toPresidioResults } from './presidio';

describe('toPresidioResults', () => {
  it('uses Presidio field names and recognizer naming', () => {
    const r = toPresidioResults(classify('my email is info@presidio.site').findings);
    expect(r).toEqual([
      { entity_type: 'EMAIL_ADDRESS', start: 12, end: 30, score: expect.any(Number), analysis_explanation: null, recognition_metadata: { recognizer_name: 'EmailRecognizer', recognizer_identifier: 'pii/email' } },
    ]);
  });

  it('filters by entity and orders by start', () => {
    const f = classify('+1 415 555 0132 then ann@example.com then bo@example.org').findings;
    const r = toPresidioResults(f, ['EMAIL_ADDRESS']);
    expect(r.map((x) => x.entity_type)).toEqual(['EMAIL_ADDRESS', 'EMAIL_ADDRESS']);
    expect(r[0]!.start).toBeLessThan(r[1]!.start);
  });
});
