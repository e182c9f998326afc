import { describe, expect, it } from 'vitest';
import { budgetShare, departmentLabel } from './budget';

describe('budgetShare', () => {
  it.each([
    { b: { period: 'month', maxTokens: 1000, maxUsd: null, usedTokens: 250, usedUsd: 9 }, share: 0.25 },
    { b: { period: 'month', maxTokens: null, maxUsd: 2, usedTokens: 999_999, usedUsd: 1.5 }, share: 0.75 },
    { b: { period: 'day', maxTokens: 1000, maxUsd: 1, usedTokens: 100, usedUsd: 0.9 }, share: 0.9 }, // dollars bind first
    { b: { period: 'day', maxTokens: 1000, maxUsd: 10, usedTokens: 1200, usedUsd: 1 }, share: 1.2 }, // over: refused
    { b: { period: 'day', maxTokens: 1000, maxUsd: 10, usedTokens: 0, usedUsd: 0 }, share: 0 },
  ] as const)('$b → $share', ({ b, share }) => {
    expect(budgetShare(b)).toBeCloseTo(share, 9);
  });
});

describe('departmentLabel', () => {
  it.each([
    { department: 'finance', label: 'finance' },
    { department: null, label: 'unassigned' },
  ])('$department → $label', ({ department, label }) => expect(departmentLabel({ department })).toBe(label));
});
