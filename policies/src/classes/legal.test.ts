import { describe, expect, it } from 'vitest';
import { classOf } from './test-helpers';

describe('classes/legal', () => {
  it.each([
    ['PRIVILEGED AND CONFIDENTIAL — attorney-client communication. Counsel advises that the plaintiff will seek an injunction; preserve documents under the litigation hold.', 0.8],
    ['This Agreement is governed by the governing law of Delaware. The licensee shall indemnify the licensor for any breach of this clause.', 0.5],
  ])('%s', (text, min) => {
    const r = classOf(text, 'legal');
    expect(r?.score).toBeGreaterThanOrEqual(min);
    expect(r?.evidence.every((e) => e.startsWith('keyword:'))).toBe(true);
  });

  it.each(['Can you help me write a birthday card for my colleague?', 'We signed up for the court booking at the tennis club.'])('not legal: %s', (text) => {
    expect(classOf(text, 'legal')).toBeUndefined();
  });
});
