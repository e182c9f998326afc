import type { UsagePolicy } from '@protocol-zero/policies';

/**
 * A policy the extension's unit tests own, so they keep testing the extension (not the tuning of
 * the shipped default policy, which the policies package tests). Entity rules, not severity.
 */
export const TEST_POLICY: UsagePolicy = {
  apiVersion: 'protocol-zero/policy/v1',
  name: 'extension test policy',
  version: 3,
  tiers: { apps: {}, categories: {}, default: 'unsanctioned' },
  rules: [
    { id: 'block-blocked', match: { tiers: ['blocked'] }, action: 'block', requireJustification: false },
    { id: 'block-secrets', match: { entities: ['SECRET'] }, action: 'block', requireJustification: false },
    { id: 'allow-sanctioned', match: { tiers: ['sanctioned'] }, action: 'allow', requireJustification: false },
    { id: 'redact-phones', match: { entities: ['PHONE_NUMBER'] }, action: 'redact', requireJustification: false },
    { id: 'coach-email', match: { entities: ['EMAIL_ADDRESS'] }, action: 'coach', message: 'Personal data.', requireJustification: true },
  ],
  exceptions: [],
  defaultAction: 'allow',
};
