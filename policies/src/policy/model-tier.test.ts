// A redirect rule may name the model tier the sanctioned assistant answers with; the decision
// carries it only for redirects, so a tier on any other action never leaks into a decision.
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { parsePolicyYaml } from './load';
import type { EvaluationContext } from './types';

const policy = (rule: string) => `
apiVersion: protocol-zero/policy/v1
name: t
version: 1
tiers: {}
rules:
${rule}
`;

const ctx: EvaluationContext = {
  app: { id: 'chatgpt', category: 'chat_assistant' },
  content: { entities: { EMAIL_ADDRESS: 1 }, classes: [], severity: 'medium' },
  user: { groups: [] },
  channel: 'prompt',
};

describe('model tier on policy rules', () => {
  it.each([
    ['redirect with a tier', '  - { id: r, match: { entities: [EMAIL_ADDRESS] }, action: redirect, modelTier: worker }', 'redirect', 'worker'],
    ['redirect with the other tier', '  - { id: r, match: { entities: [EMAIL_ADDRESS] }, action: redirect, modelTier: frontier }', 'redirect', 'frontier'],
    ['redirect without a tier', '  - { id: r, match: { entities: [EMAIL_ADDRESS] }, action: redirect }', 'redirect', undefined],
    ['a tier on a non-redirect rule is ignored', '  - { id: r, match: { entities: [EMAIL_ADDRESS] }, action: coach, modelTier: frontier }', 'coach', undefined],
  ])('%s', (_n, rule, action, tier) => {
    const p = parsePolicyYaml(policy(rule));
    if (!p.ok) throw new Error(JSON.stringify(p.issues));
    const d = evaluate(p.policy, ctx);
    expect(d.action).toBe(action);
    expect(d.modelTier).toBe(tier);
  });

  it('refuses an unknown tier name', () => {
    const p = parsePolicyYaml(policy('  - { id: r, match: {}, action: redirect, modelTier: turbo }'));
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.issues[0]!.path).toBe('rules.0.modelTier');
  });
});
