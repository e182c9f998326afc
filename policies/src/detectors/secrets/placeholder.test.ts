import { describe, expect, it } from 'vitest';
import { isPlaceholder } from './placeholder';

describe('isPlaceholder', () => {
  it.each([
    ['ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', true],
    ['AKIAIOSFODNN7EXAMPLE', true],
    ['${GITHUB_TOKEN}', true],
    ['{{ .Values.password }}', true],
    ['<your-api-key>', true],
    ['$PASSWORD', true],
    ['%TestSourcePassword%', true],
    ['[PASSWORD]', true],
    ['changeme', true],
    ['AIzaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', true],
    ['sk-proj-****************', true],
    ['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', false],
    ['hunter2isnotamask9', false],
    ['sk-ant-api03-abc123xyz-456def789ghij', false],
  ])('%s → %s', (value, expected) => {
    expect(isPlaceholder(value)).toBe(expected);
  });

  it('honours allowed words', () => {
    expect(isPlaceholder('ABSKQmVkcm9ja0FQSUtleS1EXAMPLE', { allow: ['example'] })).toBe(false);
  });
});
