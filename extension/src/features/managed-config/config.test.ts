import { describe, expect, it } from 'vitest';
import { assistantUrlOf, policyUrlOf, resolveConfig } from './config';
import { overrideFor } from './overrides';

describe('resolveConfig', () => {
  it('nothing pushed: safe defaults, not managed', () => {
    const c = resolveConfig(undefined, {});
    expect(c).toMatchObject({ managed: false, telemetryLevel: 'all', identityMode: 'pseudonymous', invalidKeys: [] });
    expect(c.collectorUrl).toBeUndefined();
  });

  it('managed keys win over options; invalid keys are reported, valid ones kept', () => {
    const c = resolveConfig(
      { collectorUrl: 'https://pz.acme.test', gatewayUrl: 'nope', telemetryLevel: 'violations', futureKey: 1 },
      { collectorUrl: 'https://local.test', gatewayUrl: 'https://gw.local.test' },
    );
    expect(c.collectorUrl).toBe('https://pz.acme.test');
    expect(c.gatewayUrl).toBe('https://gw.local.test');
    expect(c.telemetryLevel).toBe('violations');
    expect(c.invalidKeys).toEqual(['gatewayUrl']);
    expect(c.managed).toBe(true);
  });

  it.each([
    [{ collectorUrl: 'https://pz.test/' }, null, 'https://pz.test/v1/policy'],
    [{ collectorUrl: 'https://pz.test', policyUrl: 'https://cdn.test/p.json' }, null, 'https://cdn.test/p.json'],
    [{ collectorUrl: 'https://pz.test' }, '/v1/policy?tenant=t1', 'https://pz.test/v1/policy?tenant=t1'],
    [{}, null, null],
  ])('policyUrlOf(%j, %s) = %s', (managed, enrolled, url) => {
    expect(policyUrlOf(resolveConfig(managed, {}), enrolled)).toBe(url);
  });

  it('assistant URL defaults to the gateway', () => {
    expect(assistantUrlOf(resolveConfig({ gatewayUrl: 'https://gw.test/' }, {}))).toBe('https://gw.test/assistant');
    expect(assistantUrlOf(resolveConfig({}, {}))).toBeNull();
  });

  it.each([
    ['chatgpt', 'chatgpt.com', 'blocked'],
    ['claude', 'claude.ai', 'sanctioned'],
    ['gemini', 'gemini.google.com', undefined],
  ])('override for %s', (app, host, tier) => {
    const c = resolveConfig({ siteOverrides: [{ site: 'chatgpt', tier: 'blocked' }, { site: 'claude.ai', tier: 'sanctioned' }] }, {});
    expect(overrideFor(c, app, host)?.tier).toBe(tier);
  });
});
