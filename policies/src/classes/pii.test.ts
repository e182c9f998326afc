import { describe, expect, it } from 'vitest';
import { classOf } from './test-helpers';

describe('classes/pii', () => {
  it.each([
    ['Contact Jessica Solomina at jessica@example.com', ['findings:1 EMAIL_ADDRESS', 'findings:1 PERSON']],
    ['card 4111 1111 1111 1111', ['findings:1 CREDIT_CARD']],
  ])('%s', (text, evidence) => expect(classOf(text, 'pii')?.evidence).toEqual(evidence));

  it('network identifiers alone are not personal data', () => expect(classOf('ping 10.0.0.1 and https://example.com', 'pii')).toBeUndefined());
});
