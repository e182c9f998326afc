// Feeds the policies exposure model from stored events + sensor inventory and stores the runs.
// One 30-day run with 100k trials is "the number"; weekly runs (annualised) give the trend.
import {
  APPS, TenantProfileSchema, UNKNOWN_VENDOR_RISK, avoidedExposure, runExposure, tierOf, vendorRiskScore,
  type AiApp, type Avoided, type AppExposureProfile, type ExposureInput, type ExposureResult, type TenantProfile,
} from '@protocol-zero/policies';
import type { Db } from '../db/database';
import {
  classObservations, firstDecisionAt, getExposureProfile, insertExposureRun, pruneExposureRuns, usageObservations,
} from '../db/repositories/exposure';
import { currentPolicy } from '../db/repositories/policies';

const DAY_MS = 86_400_000;
const CATALOG = APPS as Record<string, AiApp | undefined>;

export const DEFAULT_PROFILE: TenantProfile = { industry: 'technology', annualRevenueUsd: 150_000_000, headcount: 500, regimes: ['gdpr', 'ccpa'] };
/** Fixed: the same stored events give the same dollars on every run and every machine. */
export const EXPOSURE_SEED = 20_240_701;
export const WINDOW_DAYS = 30;

/**
 * A stored current run. `avoided` (closed-form means as realised / without redirection / without
 * any control) is what the overview's "avoided" figures come from; runs stored before it existed
 * carry only noRedirectMeanUsd (a 20k-trial simulated mean).
 */
export type StoredResult = ExposureResult & { noRedirectMeanUsd?: number; avoided?: Avoided };

export async function tenantProfile(db: Db, tenantId: string): Promise<TenantProfile> {
  const stored = await getExposureProfile(db, tenantId);
  const parsed = TenantProfileSchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_PROFILE;
}

export async function buildExposureInput(db: Db, tenantId: string, from: Date, to: Date): Promise<ExposureInput> {
  const [observations, usage, policy, tenant] = await Promise.all([
    classObservations(db, tenantId, from, to), usageObservations(db, tenantId, from, to), currentPolicy(db, tenantId), tenantProfile(db, tenantId),
  ]);
  const ids = new Set([...observations.map((o) => o.appId), ...usage.map((u) => u.appId)]);
  const apps: AppExposureProfile[] = [...ids].sort().map((appId) => {
    const c = CATALOG[appId];
    return {
      appId,
      name: c?.name ?? appId,
      vendorRisk: c ? vendorRiskScore(c) : UNKNOWN_VENDOR_RISK.value,
      tier: policy ? tierOf(policy.policy, { id: appId, category: c?.category ?? 'other' }) : 'unsanctioned',
    };
  });
  return { tenant, windowDays: Math.max(1, (to.getTime() - from.getTime()) / DAY_MS), apps, observations, usage };
}

export interface ComputeOptions {
  now?: Date;
  trials?: number;
  weeks?: number;
}

export async function computeExposure(db: Db, tenantId: string, o: ComputeOptions = {}): Promise<{ runId: string; meanUsd: number }> {
  const now = o.now ?? new Date();
  const trials = o.trials ?? 100_000;
  const from = new Date(now.getTime() - WINDOW_DAYS * DAY_MS);
  const input = await buildExposureInput(db, tenantId, from, now);
  const result = runExposure(input, { trials, seed: EXPOSURE_SEED });
  const stored: StoredResult = { ...result, avoided: avoidedExposure(input) };
  const runId = await insertExposureRun(db, { tenantId, kind: 'current', windowStart: from, windowEnd: now, input, result: stored });
  const first = await firstDecisionAt(db, tenantId);
  for (let w = (o.weeks ?? 5) - 1; w >= 0; w--) {
    const end = new Date(now.getTime() - w * 7 * DAY_MS);
    // A week the install saw only part of is annualised over the days it saw, not over seven.
    const start = new Date(Math.max(end.getTime() - 7 * DAY_MS, first?.getTime() ?? 0));
    if (end.getTime() - start.getTime() < 2 * DAY_MS) continue;
    const weekInput = await buildExposureInput(db, tenantId, start, end);
    // Weeks before the install saw anything are not "zero exposure": leave them out of the trend.
    if (weekInput.observations.length === 0 && (weekInput.usage ?? []).length === 0) continue;
    const weekly = runExposure(weekInput, { trials: Math.min(trials, 20_000), seed: EXPOSURE_SEED, curvePoints: 2 });
    await insertExposureRun(db, { tenantId, kind: 'weekly', windowStart: start, windowEnd: end, input: {}, result: { ...weekly, byApp: [], byDepartment: [], byClass: [] } });
  }
  await pruneExposureRuns(db, tenantId);
  return { runId, meanUsd: result.meanUsd };
}
