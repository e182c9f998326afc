// The overview the console and the board report both read, so their numbers cannot differ.
import { APPS, type AiApp, type ExposureInput, type ExposureOverview } from '@protocol-zero/policies';
import type { Db } from '../db/database';
import { latestExposureRun, sensitiveOutcomesByDay, weeklyExposureRuns } from '../db/repositories/exposure';
import { computeExposure, tenantProfile, type StoredResult } from './compute';

const CATALOG = APPS as Record<string, AiApp | undefined>;
const DAY_MS = 86_400_000;

export async function latestRun(db: Db, tenantId: string) {
  let run = await latestExposureRun<ExposureInput, StoredResult>(db, tenantId);
  if (!run) {
    // First look at a new install: compute now rather than show an empty page until the job runs.
    await computeExposure(db, tenantId);
    run = await latestExposureRun<ExposureInput, StoredResult>(db, tenantId);
  }
  if (!run) throw new Error('exposure run missing after compute');
  return run;
}

/**
 * Avoided = the no-controls mean minus the realised mean; its redirection part is the
 * no-redirection mean minus the realised one, blocking the rest. All closed-form (see
 * avoidedExposure): a tenant whose every sensitive prompt was stopped realises ~$0 and avoids it all.
 */
export function avoidedUsd(r: StoredResult): { meanUsd: number; redirectionUsd: number; blockingUsd: number } {
  const a = r.avoided;
  if (!a) {
    const redirectionUsd = Math.max(0, (r.noRedirectMeanUsd ?? r.meanUsd) - r.meanUsd); // a run stored before `avoided` existed
    return { meanUsd: redirectionUsd, redirectionUsd, blockingUsd: 0 };
  }
  const redirectionUsd = Math.max(0, a.noRedirectUsd - a.realisedUsd);
  const meanUsd = Math.max(redirectionUsd, a.noControlsUsd - a.realisedUsd);
  return { meanUsd, redirectionUsd, blockingUsd: meanUsd - redirectionUsd };
}

export async function exposureOverview(db: Db, tenantId: string): Promise<ExposureOverview> {
  const run = await latestRun(db, tenantId);
  const end = new Date(run.windowEnd);
  const [weekly, adoption, profile] = await Promise.all([
    weeklyExposureRuns<StoredResult>(db, tenantId, new Date(run.computedAt), 12),
    sensitiveOutcomesByDay(db, tenantId, new Date(end.getTime() - 30 * DAY_MS), end),
    tenantProfile(db, tenantId),
  ]);
  const r = run.result;
  const tiers = { sanctioned: 0, tolerated: 0, unsanctioned: 0, blocked: 0 };
  for (const a of run.input.apps) tiers[a.tier]++;
  const appNames: Record<string, string> = {};
  for (const a of run.input.apps) appNames[a.appId] = CATALOG[a.appId]?.name ?? a.name;
  const redirectedPrompts = run.input.observations.reduce((s, o) => s + o.redirected, 0);
  const stoppedPrompts = run.input.observations.reduce((s, o) => s + o.stopped, 0);
  return {
    current: { id: run.id, computedAt: run.computedAt, windowStart: run.windowStart, windowEnd: run.windowEnd, result: r },
    trend: weekly.map((w) => ({ windowEnd: w.windowEnd, meanUsd: w.result.meanUsd, p10Usd: w.result.p10Usd, p90Usd: w.result.p90Usd })),
    avoided: { ...avoidedUsd(r), redirectedPrompts, redirectRate: r.redirectRate, stoppedPrompts },
    adoption,
    apps: { seen: run.input.apps.length, ...tiers },
    appNames,
    profile,
  };
}
