import { describe, expect, it } from 'vitest';
import type { DataClass } from '../classes/types';
import { buildCells, type Cell } from './cells';
import { avoidedExposure, withoutControls } from './model';
import type { ClassObservation, ExposureInput } from './types';

const obs = (appId: string, department: string, dataClass: DataClass, sent: number, redirected: number, stopped: number, records: number): ClassObservation =>
  ({ appId, department, dataClass, sent, redirected, stopped, records });

const base: ExposureInput = {
  tenant: { industry: 'technology', annualRevenueUsd: 200e6, headcount: 500, regimes: ['gdpr', 'ccpa'] },
  windowDays: 30,
  apps: [
    { appId: 'chatgpt', name: 'ChatGPT', vendorRisk: 0.5, tier: 'tolerated' },
    { appId: 'deepseek', name: 'DeepSeek', vendorRisk: 0.9, tier: 'blocked' },
  ],
  observations: [],
};
/** Mean primary loss of one event: records × cost, whatever the count of prompts. */
const perEvent = (c: Cell) => Math.exp(c.mu + (c.sigma * c.sigma) / 2);
const only = (input: ExposureInput, app: string) => buildCells(input).filter((c) => c.app === app);

describe('inventory scaling counts what reached the app', () => {
  it('extra sensor user-days are unmanaged: all their prompts reach the app, at the sent prompts’ records each', () => {
    const o = obs('chatgpt', 'sales', 'pii', 10, 20, 10, 50); // 5 records per sent prompt
    const scaled = only({ ...base, observations: [o], usage: [{ appId: 'chatgpt', department: 'sales', extensionUserDays: 100, inventoryUserDays: 150 }] }, 'chatgpt');
    const managed = only({ ...base, observations: [o] }, 'chatgpt');
    // 10 sent on managed days + 40 attempts × 50 extra days / 100 → 30 prompts in 30 days.
    expect(scaled.map((c) => c.exposuresPerYear)).toEqual([30 * (365 / 30)]);
    expect(perEvent(scaled[0]!)).toBeCloseTo(perEvent(managed[0]!), 6);
  });

  it('sensor-only usage takes records per sent prompt, not records spread over stopped prompts', () => {
    const input: ExposureInput = {
      ...base,
      observations: [obs('chatgpt', 'sales', 'pii', 10, 0, 90, 100)], // 10 records per sent prompt, 90 stopped
      usage: [
        { appId: 'chatgpt', department: 'sales', extensionUserDays: 100, inventoryUserDays: 100 },
        { appId: 'perplexity', department: 'sales', extensionUserDays: 0, inventoryUserDays: 50 },
      ],
    };
    const [inferred] = only(input, 'perplexity');
    expect(inferred!.exposuresPerYear).toBeCloseTo(50 * (365 / 30), 6); // 100 attempts per 100 user-days × 50
    expect(perEvent(inferred!)).toBeCloseTo(perEvent(only(input, 'chatgpt')[0]!), 6);
  });
});

describe('what the controls avoided', () => {
  const prompts = (outcome: 'sent' | 'redirected' | 'stopped'): ExposureInput => ({
    ...base,
    observations: [
      obs('chatgpt', 'sales', 'customer_records', outcome === 'sent' ? 40 : 0, outcome === 'redirected' ? 40 : 0, outcome === 'stopped' ? 40 : 0, 0),
      obs('chatgpt', 'legal', 'legal', outcome === 'sent' ? 12 : 0, outcome === 'redirected' ? 12 : 0, outcome === 'stopped' ? 12 : 0, 0),
    ],
  });

  it.each(['redirected', 'stopped'] as const)('every prompt %s: nothing realised, avoided = the same prompts sent', (outcome) => {
    const a = avoidedExposure(prompts(outcome));
    const sent = avoidedExposure(prompts('sent')).realisedUsd;
    expect(a.realisedUsd).toBe(0);
    expect(sent).toBeGreaterThan(0);
    expect(a.noControlsUsd).toBeCloseTo(sent, 6);
    // Redirection's share is only the redirected prompts.
    expect(a.noRedirectUsd).toBeCloseTo(outcome === 'redirected' ? sent : 0, 6);
  });

  it('nothing stopped, nothing avoided', () => {
    const a = avoidedExposure(prompts('sent'));
    expect([a.noRedirectUsd, a.noControlsUsd]).toEqual([a.realisedUsd, a.realisedUsd]);
  });

  it('an app blocked by tier counts as avoided: without controls it is reachable', () => {
    const input: ExposureInput = { ...base, observations: [obs('deepseek', 'sales', 'pii', 0, 0, 25, 0)] };
    expect(buildCells(input)).toEqual([]);
    expect(withoutControls(input).apps.find((a) => a.appId === 'deepseek')!.tier).toBe('unsanctioned');
    expect(avoidedExposure(input).noControlsUsd).toBeGreaterThan(0);
  });

  it.each([
    ['no stopped counts: records per sent prompt', undefined, 60],
    ['the stopped prompts carried 200 records', 200, 230],
    ['stopped counts of 0 (unknown): records per sent prompt', 0, 60],
  ])('without controls, %s', (_why, stoppedRecords, records) => {
    const o = { ...obs('chatgpt', 'sales', 'pii', 10, 5, 5, 30), ...(stoppedRecords !== undefined ? { stoppedRecords } : {}) };
    expect(withoutControls({ ...base, observations: [o] }).observations).toEqual([obs('chatgpt', 'sales', 'pii', 20, 0, 0, records)]);
  });

  it('an all-stopped cell is valued at what it carried, not the class default', () => {
    const few = avoidedExposure({ ...base, observations: [{ ...obs('chatgpt', 'sales', 'pii', 0, 0, 40, 0), stoppedRecords: 40 }] });
    const many = avoidedExposure({ ...base, observations: [{ ...obs('chatgpt', 'sales', 'pii', 0, 0, 40, 0), stoppedRecords: 4000 }] });
    const unknown = avoidedExposure({ ...base, observations: [obs('chatgpt', 'sales', 'pii', 0, 0, 40, 0)] });
    expect(few.realisedUsd).toBe(0);
    // Fines have a fixed part, so 100× the records is less than 100× the dollars, but clearly more.
    expect(many.noControlsUsd).toBeGreaterThan(few.noControlsUsd * 2);
    expect(new Set([few.noControlsUsd, many.noControlsUsd, unknown.noControlsUsd]).size).toBe(3);
  });
});
