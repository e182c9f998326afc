import { describe, expect, it } from 'vitest';
import type { DataClass } from '../classes/types';
import type { Cell } from './cells';
import { buildCells } from './cells';
import { runExposure } from './model';
import { simulate } from './simulate';
import type { ClassObservation, ExposureInput } from './types';

const obs = (appId: string, department: string, dataClass: DataClass, sent: number, redirected = 0, records = 0): ClassObservation =>
  ({ appId, department, dataClass, sent, redirected, stopped: 0, records });

const base: ExposureInput = {
  tenant: { industry: 'technology', annualRevenueUsd: 200e6, headcount: 500, regimes: ['gdpr', 'ccpa'] },
  windowDays: 30,
  apps: [
    { appId: 'chatgpt', name: 'ChatGPT', vendorRisk: 0.5, tier: 'tolerated' },
    { appId: 'deepseek', name: 'DeepSeek', vendorRisk: 0.9, tier: 'unsanctioned' },
    { appId: 'copilot', name: 'Copilot', vendorRisk: 0.2, tier: 'sanctioned' },
  ],
  observations: [
    obs('chatgpt', 'sales', 'customer_records', 120, 30, 2400),
    obs('chatgpt', 'engineering', 'source_code', 300, 20),
    obs('deepseek', 'engineering', 'credentials', 40, 10),
    obs('copilot', 'engineering', 'source_code', 500),
    obs('deepseek', 'finance', 'financial', 25, 5, 300),
  ],
};
const opts = { trials: 100_000, seed: 11 };

describe('exposure model', () => {
  it.each([
    ['no observations', []],
    ['only redirected and stopped', [{ ...obs('chatgpt', 'sales', 'pii', 0, 50), stopped: 9 }]],
  ])('with %s the exposure is 0', (_, observations) => {
    const r = runExposure({ ...base, observations }, opts);
    expect([r.meanUsd, r.p10Usd, r.p50Usd, r.p90Usd, r.analyticMeanUsd]).toEqual([0, 0, 0, 0, 0]);
    expect(r.byApp).toEqual([]);
  });

  it('doubling event frequency roughly doubles the mean', () => {
    const once = runExposure(base, opts);
    const twice = runExposure({ ...base, observations: base.observations.map((o) => ({ ...o, sent: o.sent * 2, records: o.records * 2 })) }, opts);
    expect(twice.meanUsd / once.meanUsd).toBeGreaterThan(1.9);
    expect(twice.meanUsd / once.meanUsd).toBeLessThan(2.1);
  });

  it.each([
    // λ, μ, σ: small λ (Knuth path) and large λ (PTRS path); σ up to 1.2 keeps 100k trials within 2%.
    [0.8, 11, 1.0],
    [3, 10, 0.8],
    [60, 9, 1.2],
  ])('Poisson(%s) × lognormal(%s, %s) matches λ·e^(μ+σ²/2) within 2 percent', (lambda, mu, sigma) => {
    const cell: Cell = { app: 'a', department: 'd', dataClass: 'pii', exposuresPerYear: 1, lambda, mu, sigma, regs: [] };
    const r = simulate([cell], { trials: 100_000, seed: 5 });
    const analytic = lambda * Math.exp(mu + (sigma * sigma) / 2);
    expect(r.analyticMeanUsd).toBeCloseTo(analytic, 6);
    expect(Math.abs(r.meanUsd - analytic) / analytic).toBeLessThan(0.02);
  });

  it('the full model lands near its own closed-form mean (regulatory caps included)', () => {
    const r = runExposure(base, opts);
    expect(r.meanUsd).toBeGreaterThan(0);
    expect(Math.abs(r.meanUsd - r.analyticMeanUsd) / r.analyticMeanUsd).toBeLessThan(0.05);
    expect(r.p10Usd).toBeLessThanOrEqual(r.p50Usd);
    expect(r.p50Usd).toBeLessThanOrEqual(r.p90Usd);
  });

  it('the same seed gives the same numbers; another seed different ones', () => {
    const a = runExposure(base, opts);
    const b = runExposure(base, opts);
    const c = runExposure(base, { ...opts, seed: 12 });
    expect(b).toEqual(a);
    expect(c.meanUsd).not.toBe(a.meanUsd);
  });

  it('breakdowns add up to the mean', () => {
    const r = runExposure(base, opts);
    for (const list of [r.byApp, r.byDepartment, r.byClass]) {
      expect(list.reduce((s, x) => s + x.meanUsd, 0)).toBeCloseTo(r.meanUsd, 0);
      expect(list.reduce((s, x) => s + x.share, 0)).toBeCloseTo(1, 6);
    }
    expect(r.byApp.map((x) => x.key).sort()).toEqual(['chatgpt', 'copilot', 'deepseek']);
  });

  it('the loss-exceedance curve falls as the loss grows', () => {
    const r = runExposure(base, opts);
    expect(r.curve.length).toBe(40);
    for (let i = 1; i < r.curve.length; i++) {
      expect(r.curve[i]!.lossUsd).toBeGreaterThan(r.curve[i - 1]!.lossUsd);
      expect(r.curve[i]!.probability).toBeLessThanOrEqual(r.curve[i - 1]!.probability);
    }
  });

  it.each([
    ['redirect rate → 90%', { redirectRate: 0.9 }, (now: number, then: number) => then < now * 0.5],
    ['redirect rate → 0%', { redirectRate: 0 }, (now: number, then: number) => then > now],
    ['DeepSeek blocked', { apps: { deepseek: 'blocked' as const } }, (now: number, then: number) => then < now],
    ['ChatGPT sanctioned', { apps: { chatgpt: 'sanctioned' as const } }, (now: number, then: number) => then < now],
  ])('what-if %s moves the mean the right way', (_, whatIf, ok) => {
    const now = runExposure(base, opts);
    const then = runExposure(base, opts, whatIf);
    expect(ok(now.meanUsd, then.meanUsd)).toBe(true);
  });

  it('a what-if redirect rate is what the model then reports', () => {
    expect(runExposure(base, opts).redirectRate).toBeCloseTo(65 / (485 + 65), 6);
    expect(runExposure(base, opts, { redirectRate: 0.5 }).redirectRate).toBeCloseTo(0.5, 6);
  });

  it('a cell whose prompts were all redirected counts again when redirection is switched off', () => {
    const onlyRedirected: ExposureInput = { ...base, observations: [obs('chatgpt', 'sales', 'pii', 0, 40), obs('chatgpt', 'legal', 'legal', 10, 0)] };
    const off = runExposure(onlyRedirected, opts, { redirectRate: 0 });
    expect(off.byDepartment.map((d) => d.key).sort()).toEqual(['legal', 'sales']);
    expect(off.redirectRate).toBe(0);
  });

  it('blocking an app removes it from the breakdown', () => {
    const r = runExposure(base, opts, { apps: { deepseek: 'blocked' } });
    expect(r.byApp.map((x) => x.key)).not.toContain('deepseek');
  });

  it('sensor-only usage adds inferred exposure at the department rate', () => {
    const withSensor: ExposureInput = {
      ...base,
      usage: [
        { appId: 'chatgpt', department: 'sales', extensionUserDays: 100, inventoryUserDays: 100 },
        { appId: 'perplexity', department: 'sales', extensionUserDays: 0, inventoryUserDays: 50 },
      ],
    };
    const cells = buildCells(withSensor).filter((c) => c.app === 'perplexity');
    expect(cells).toHaveLength(1);
    // sales shares customer records at (120+30)/100 per user-day → 75 prompts per 30 days → ×365/30.
    expect(cells[0]!.exposuresPerYear).toBeCloseTo(75 * (365 / 30), 6);
  });

  it.each([0, -3])('rejects windowDays %d', (windowDays) => {
    expect(() => runExposure({ ...base, windowDays }, opts)).toThrow(/windowDays/);
  });
});

describe('inventory without a department', () => {
  it('uses the tenant-wide rate when the department has no extension users', () => {
    const cells = buildCells({
      ...base,
      observations: [obs('chatgpt', 'sales', 'pii', 10), obs('chatgpt', 'legal', 'pii', 30)],
      usage: [
        { appId: 'chatgpt', department: 'sales', extensionUserDays: 10, inventoryUserDays: 10 },
        { appId: 'chatgpt', department: 'legal', extensionUserDays: 30, inventoryUserDays: 30 },
        { appId: 'gemini', department: 'unassigned', extensionUserDays: 0, inventoryUserDays: 20 },
      ],
    }).filter((c) => c.app === 'gemini');
    // (10 + 30) pii prompts over 40 user-days → 1 per user-day → 20 in 30 days.
    expect(cells.map((c) => [c.department, c.dataClass, c.exposuresPerYear])).toEqual([['unassigned', 'pii', 20 * (365 / 30)]]);
  });
});
