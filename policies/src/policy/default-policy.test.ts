import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, DEFAULT_POLICY_YAML } from './default-policy';

describe('default interim policy', () => {
  it('is the shipped YAML file, byte for byte', () => {
    const file = readFileSync(new URL('../../default/interim-policy.yaml', import.meta.url), 'utf8');
    expect(DEFAULT_POLICY_YAML).toBe(file);
  });
  it('parses and bans nothing by default', () => {
    expect(DEFAULT_POLICY.defaultAction).toBe('allow');
    expect(DEFAULT_POLICY.rules.map((r) => r.id)).toContain('block-secrets');
  });
});
