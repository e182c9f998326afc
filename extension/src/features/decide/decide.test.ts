import { TEST_POLICY as DEFAULT_POLICY } from '../../test-policy';
import { describe, expect, it } from 'vitest';
import { decideText, withTierOverride } from './decide';
import { describeFindings } from './describe';

const site = { appId: 'chatgpt', category: 'chat_assistant' as const, host: 'chatgpt.com' };
const AWS = 'AKIAZ3MHQ7TXW5VKRB2N';

describe('decideText (test policy)', () => {
  it.each([
    ['clean prompt', 'Write a haiku about autumn leaves', 'allow'],
    ['AWS key', `deploy with key ${AWS} please`, 'block'],
    ['one email', 'Reply to jane.doe@acme-corp.com about the invoice', 'coach'],
  ])('%s → %s', (_name, text, action) => {
    expect(decideText(DEFAULT_POLICY, site, 'prompt', text).decision.action).toBe(action);
  });

  it('a sanctioned override lets personal data through but still blocks keys', () => {
    const s = { ...site, tierOverride: 'sanctioned' as const };
    expect(decideText(DEFAULT_POLICY, s, 'prompt', 'mail jane.doe@acme-corp.com').decision.action).toBe('allow');
    expect(decideText(DEFAULT_POLICY, s, 'prompt', AWS).decision.action).toBe('block');
  });

  it('withTierOverride leaves the policy untouched without an override', () => {
    expect(withTierOverride(DEFAULT_POLICY, site)).toBe(DEFAULT_POLICY);
  });
});

describe('describeFindings', () => {
  const f = (detector: string) => ({ entity: detector.startsWith('secrets/') ? ('SECRET' as const) : ('EMAIL_ADDRESS' as const), start: 0, end: 1, score: 1, detector });
  it.each([
    [[], 'nothing sensitive'],
    [[f('pii/email')], 'an email address'],
    [[f('pii/email'), f('pii/email')], '2 email addresses'],
    [[f('pii/email'), f('pii/email'), f('secrets/aws-access-key')], 'an AWS key and 2 email addresses'],
  ])('%j → %s', (findings, words) => expect(describeFindings(findings)).toBe(words));
});
