import { describe, expect, it } from 'vitest';
import { classOf } from './test-helpers';

describe('classes/credentials', () => {
  it('a secret finding makes credentials, with the detector as evidence', () => {
    const r = classOf('aws_access_key_id = AKIAIOSFODNN7EXAMPLF', 'credentials');
    expect(r?.score).toBeGreaterThan(0.5);
    expect(r?.evidence).toContain('findings:1 SECRET');
  });
  it('no secret, no credentials', () => expect(classOf('my password is something I will not tell you', 'credentials')).toBeUndefined());
});
