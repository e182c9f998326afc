// Gateway usage per department: counted in SQL over the whole period (not the recent sample),
// with each department's budget and what it has used in the budget's current UTC day or month.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertGatewayRequests, type GatewayRequestRow } from '../../db/repositories/gateway-usage';
import { DEFAULT_TENANT } from '../../db/repositories/identity';
import { TARGETS } from '../../testing/harness';
import { startGatewayApp, type GatewayTestApp } from './test-support';

const HOUR = 3_600_000;
const DEPARTMENTS = ['finance', 'sales', 'engineering', null] as const;

/** 150 requests spread over 45 days (some outside a 30-day window), more than the 50-row recent sample. */
function fixture(now: number): GatewayRequestRow[] {
  return Array.from({ length: 150 }, (_, i) => ({
    id: randomUUID(), tenantId: DEFAULT_TENANT, at: new Date(now - ((i * 7) % (45 * 24)) * HOUR - 60_000),
    userPseudonym: `${i % 9}`.repeat(64), department: DEPARTMENTS[i % DEPARTMENTS.length]!, source: 'api' as const, provider: 'anthropic', model: 'claude-haiku-4-5',
    entities: {}, inputTokens: 100 + i, outputTokens: 10 + (i % 13), costUsdMicros: 1_000 + 37 * i, latencyMs: 5,
    outcome: i % 11 === 0 ? 'budget_exceeded' : 'ok', inventedPlaceholders: 0, streamed: false,
  }));
}

interface Dept { department: string | null; requests: number; tokens: number; costUsd: number; budget: null | { period: string; maxTokens: number | null; maxUsd: number | null; usedTokens: number; usedUsd: number } }

/** The expectation, computed from the fixture in plain code (the route computes it in SQL). */
function expected(rows: GatewayRequestRow[], since: number, department: string | null, startOfPeriod?: number) {
  const sum = (rs: GatewayRequestRow[]) => ({ requests: rs.length, tokens: rs.reduce((s, r) => s + r.inputTokens + r.outputTokens, 0), micros: rs.reduce((s, r) => s + r.costUsdMicros, 0) });
  const inWindow = sum(rows.filter((r) => r.department === department && r.at.getTime() >= since));
  const inPeriod = startOfPeriod === undefined ? undefined : sum(rows.filter((r) => r.department === department && r.at.getTime() >= startOfPeriod));
  return { inWindow, inPeriod };
}

describe.each(TARGETS)('gateway usage per department on $name', (target) => {
  let g: GatewayTestApp;
  const rows = fixture(Date.now());
  const get = async (days: number) => {
    const r = await g.app.inject({ url: `/v1/gateway/usage?days=${days}`, headers: { authorization: `Bearer ${g.admin}` } });
    expect(r.statusCode).toBe(200);
    return r.json() as { since: string; recent: unknown[]; byDepartment: Dept[] };
  };

  beforeAll(async () => {
    g = await startGatewayApp(target, {});
    await insertGatewayRequests(g.app.db, rows);
    const put = (payload: object) => g.app.inject({ method: 'PUT', url: '/v1/gateway/budgets', headers: { authorization: `Bearer ${g.admin}` }, payload });
    for (const b of [
      { scope: 'department', subject: 'finance', period: 'month', maxTokens: null, maxUsd: 2.5 },
      { scope: 'department', subject: 'sales', period: 'day', maxTokens: 5000, maxUsd: null },
      { scope: 'department', subject: 'legal', period: 'month', maxTokens: 1000, maxUsd: 1 }, // no requests at all
      { scope: 'user', subject: 'a'.repeat(64), period: 'day', maxTokens: 10, maxUsd: null }, // not a department: ignored
    ]) expect((await put(b)).statusCode).toBe(200);
  });
  afterAll(async () => {
    await g?.close();
  });

  const now = new Date();
  const dayStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const monthStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
  it.each([
    { days: 30, department: 'finance', budget: { period: 'month', maxTokens: null, maxUsd: 2.5 }, start: monthStart },
    { days: 30, department: 'sales', budget: { period: 'day', maxTokens: 5000, maxUsd: null }, start: dayStart },
    { days: 30, department: 'engineering', budget: null },
    { days: 30, department: null, budget: null },
    { days: 7, department: 'finance', budget: { period: 'month', maxTokens: null, maxUsd: 2.5 }, start: monthStart },
    { days: 60, department: 'engineering', budget: null },
  ])('$days days, department $department: every request in the window, with its budget', async ({ days, department, budget, start }) => {
    const u = await get(days);
    const got = u.byDepartment.find((d) => d.department === department);
    const { inWindow, inPeriod } = expected(rows, new Date(u.since).getTime(), department, start);
    expect(inWindow.requests).toBeGreaterThan(0);
    expect(got).toMatchObject({ requests: inWindow.requests, tokens: inWindow.tokens });
    expect(got!.costUsd).toBeCloseTo(inWindow.micros / 1e6, 6);
    if (!budget) return expect(got!.budget).toBeNull();
    expect(got!.budget).toMatchObject({ ...budget, usedTokens: inPeriod!.tokens });
    expect(got!.budget!.usedUsd).toBeCloseTo(inPeriod!.micros / 1e6, 6);
  });

  it('counts more than the recent sample, lists a budgeted department with no requests, and sorts by cost', async () => {
    const u = await get(30);
    const total = u.byDepartment.reduce((s, d) => s + d.requests, 0);
    expect(u.recent.length).toBe(50);
    expect(total).toBe(rows.filter((r) => r.at.getTime() >= new Date(u.since).getTime()).length);
    expect(total).toBeGreaterThan(50);
    expect(u.byDepartment.find((d) => d.department === 'legal')).toEqual({ department: 'legal', requests: 0, tokens: 0, costUsd: 0, budget: { period: 'month', maxTokens: 1000, maxUsd: 1, usedTokens: 0, usedUsd: 0 } });
    expect(u.byDepartment.some((d) => d.department === 'a'.repeat(64))).toBe(false);
    const costs = u.byDepartment.map((d) => d.costUsd);
    expect(costs).toEqual([...costs].sort((a, b) => b - a));
  });
});
