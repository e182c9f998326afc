import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { usd, type DecisionEvent, type ExposureOverview } from '@protocol-zero/policies';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TENANT } from '../db/repositories/identity';
import { batch, makeEvents } from '../testing/fixtures';
import { startTestApp, TARGETS, type TestApp } from '../testing/harness';
import { computeExposure } from './compute';
import { exposureOverview } from './overview';

type Outcome = DecisionEvent['outcome'];
const STOPPED: Outcome[] = ['blocked', 'redirected', 'redacted', 'cancelled'];

/**
 * The same 240 sensitive prompts (customer records, no entity counts → the class default) with the
 * outcome each tenant's controls gave them: the tenants differ only in what reached the apps.
 */
function prompts(seed: string, outcome: (i: number) => Outcome): DecisionEvent[] {
  return makeEvents(seed, 240).map((e, i) => {
    const o = outcome(i);
    const action = o === 'sent' ? 'allow' : o === 'redirected' ? 'redirect' : o === 'redacted' ? 'redact' : 'block';
    return { ...e, outcome: o, action, classes: ['customer_records'], entities: {}, severity: 'high', ruleId: o === 'sent' ? null : 'redirect-sensitive' };
  });
}

const TENANTS = {
  allSent: () => 'sent' as const,
  allStopped: (i: number) => STOPPED[i % STOPPED.length]!,
  mixed: (i: number) => (i % 3 === 0 ? 'sent' : STOPPED[i % STOPPED.length]!),
};

describe.each(TARGETS)('realised and avoided exposure on $name', (target) => {
  const apps: Partial<Record<keyof typeof TENANTS, TestApp>> = {};
  const overview: Partial<Record<keyof typeof TENANTS, ExposureOverview>> = {};

  beforeAll(async () => {
    for (const [name, outcome] of Object.entries(TENANTS) as [keyof typeof TENANTS, (i: number) => Outcome][]) {
      const t = (apps[name] = await startTestApp(target));
      const device = await t.tokenFor('device');
      const r = await t.app.inject({ method: 'POST', url: '/v1/events', headers: { authorization: `Bearer ${device}` }, payload: batch(prompts('avoided', outcome)) });
      expect(r.statusCode).toBe(200);
      await computeExposure(t.app.db, DEFAULT_TENANT, { trials: 20_000 });
      overview[name] = await exposureOverview(t.app.db, DEFAULT_TENANT);
    }
  }, 120_000);
  afterAll(async () => Promise.all(Object.values(apps).map((t) => t?.close())));

  it('a tenant whose every sensitive prompt was stopped realises $0 and avoids what the same prompts cost when sent', () => {
    const stopped = overview.allStopped!, sent = overview.allSent!;
    const r = stopped.current!.result;
    expect([r.meanUsd, r.p90Usd, r.analyticMeanUsd]).toEqual([0, 0, 0]);
    expect(sent.current!.result.analyticMeanUsd).toBeGreaterThan(0);
    // Independent of the counterfactual code: the other tenant really sent those prompts.
    expect(stopped.avoided.meanUsd).toBeCloseTo(sent.current!.result.analyticMeanUsd, 6);
    expect(stopped.avoided.redirectedPrompts).toBe(60);
    expect(stopped.avoided.stoppedPrompts).toBe(180);
    expect(stopped.avoided.redirectionUsd).toBeGreaterThan(0);
    expect(stopped.avoided.blockingUsd).toBeGreaterThan(stopped.avoided.redirectionUsd); // 3 in 4 were blocked/redacted/cancelled
    expect(stopped.avoided.redirectionUsd + stopped.avoided.blockingUsd).toBeCloseTo(stopped.avoided.meanUsd, 6);
  });

  it('a tenant whose controls never acted avoided exactly $0', () => {
    const a = overview.allSent!.avoided;
    expect([a.meanUsd, a.redirectionUsd, a.blockingUsd, a.redirectedPrompts, a.stoppedPrompts]).toEqual([0, 0, 0, 0, 0]);
  });

  it('realised plus avoided is the exposure with no control, whatever the mix', () => {
    const mixed = overview.mixed!;
    const realised = mixed.current!.result.analyticMeanUsd;
    expect(realised).toBeGreaterThan(0);
    expect(realised).toBeLessThan(overview.allSent!.current!.result.analyticMeanUsd / 2); // a third was sent
    expect(realised + mixed.avoided.meanUsd).toBeCloseTo(overview.allSent!.current!.result.analyticMeanUsd, 6);
    expect(mixed.avoided.redirectionUsd).toBeGreaterThan(0);
    expect(mixed.avoided.blockingUsd).toBeGreaterThan(0);
  });

  it('the board report prints the realised $0 and the avoided figure the overview serves', async () => {
    const t = apps.allStopped!;
    const exec = await t.tokenFor('executive');
    const res = await t.app.inject({ method: 'GET', url: '/v1/reports/board.pdf', headers: { authorization: `Bearer ${exec}` } });
    expect(res.statusCode).toBe(200);
    const dir = mkdtempSync(join(tmpdir(), 'pz-exposure-'));
    try {
      writeFileSync(join(dir, 'board.pdf'), res.rawPayload);
      const text = execFileSync('pdftotext', [join(dir, 'board.pdf'), '-']).toString('utf8').replace(/\s+/g, ' ');
      const o = (await t.app.inject({ method: 'GET', url: '/v1/exposure/overview', headers: { authorization: `Bearer ${exec}` } })).json<ExposureOverview>();
      expect(o.avoided).toEqual(overview.allStopped!.avoided);
      expect(text).toContain(`Mean ${usd(0)} per year`);
      expect(text).toContain(usd(o.avoided.meanUsd));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
