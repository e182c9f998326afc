// Everything the board report prints, gathered once: the PDF and the CSV/XLSX are pure functions
// of this object, and its numbers come from the same overview the console shows.
import { assumptionRows, runExposure, type AssumptionRow, type ExposureOverview } from '@protocol-zero/policies';
import type { Db } from '../db/database';
import { appUsage } from '../db/repositories/apps';
import { getTenant } from '../db/repositories/identity';
import { listPolicyVersions } from '../db/repositories/policies';
import { utcDay } from '../db/repositories/rollups';
import { EXPOSURE_SEED } from '../exposure/compute';
import { exposureOverview, latestRun } from '../exposure/overview';
import { label, usd, usdShort } from './format';

export interface InventoryLine {
  appId: string;
  name: string;
  tier: string;
  users: number;
  clients: number;
  events: number;
}

export interface Recommendation {
  title: string;
  detail: string;
  savingUsd: number;
}

export interface BoardReportData {
  company: string;
  generatedAt: string;
  overview: ExposureOverview;
  inventory: InventoryLine[];
  policy: { version: number; liveSince: string | null; versions: number };
  recommendations: Recommendation[];
  assumptions: AssumptionRow[];
}

export async function boardReportData(db: Db, tenantId: string, now = new Date()): Promise<BoardReportData> {
  const overview = await exposureOverview(db, tenantId);
  const run = await latestRun(db, tenantId);
  const [tenant, versions, usage] = await Promise.all([
    getTenant(db, tenantId), listPolicyVersions(db, tenantId), appUsage(db, tenantId, utcDay(new Date(now.getTime() - 29 * 86_400_000)), utcDay(now)),
  ]);
  const tiers = new Map(run.input.apps.map((a) => [a.appId, a.tier]));
  const inventory = usage
    .map((u) => ({ appId: u.appId, name: overview.appNames[u.appId] ?? u.appId, tier: tiers.get(u.appId) ?? 'unsanctioned', users: u.users, clients: u.clients, events: u.events }))
    .sort((a, b) => b.users + b.clients - (a.users + a.clients) || a.appId.localeCompare(b.appId));
  const sorted = [...versions].sort((a, b) => a.version - b.version);

  // Recommendations are what-ifs over the same observations: each states the dollars it saves.
  const opts = { trials: 20_000, seed: EXPOSURE_SEED };
  const base = runExposure(run.input, opts).meanUsd;
  const recommendations: Recommendation[] = [];
  const r = overview.current?.result;
  if (r && r.meanUsd > 0) {
    const target = Math.max(0.8, Math.min(0.95, r.redirectRate + 0.2));
    const redirect = base - runExposure(run.input, opts, { redirectRate: target }).meanUsd;
    recommendations.push({ title: `Raise redirect adoption to ${Math.round(target * 100)}%`, detail: `Coach users to accept the company assistant (today ${Math.round(r.redirectRate * 100)}%). Saves about ${usd(redirect)} a year.`, savingUsd: redirect });
    const top = r.byApp.filter((a) => tiers.get(a.key) !== 'sanctioned').slice(0, 2);
    for (const a of top) {
      const name = overview.appNames[a.key] ?? a.key;
      const sanction = base - runExposure(run.input, opts, { apps: { [a.key]: 'sanctioned' } }).meanUsd;
      const block = base - runExposure(run.input, opts, { apps: { [a.key]: 'blocked' } }).meanUsd;
      recommendations.push(sanction >= block * 0.8
        ? { title: `Sanction ${name} under an enterprise contract`, detail: `${name} carries ${Math.round(a.share * 100)}% of exposure. Enterprise terms (no training, retention limits) save about ${usd(sanction)}; blocking saves ${usd(block)} but pushes users elsewhere.`, savingUsd: sanction }
        : { title: `Block ${name}`, detail: `${name} carries ${Math.round(a.share * 100)}% of exposure. Blocking it saves about ${usd(block)} a year, clearly more than enterprise terms would (${usd(sanction)}); offer the company assistant in its place.`, savingUsd: block });
    }
    const dept = r.byDepartment[0];
    if (dept) recommendations.push({ title: `Targeted training for ${label(dept.key)}`, detail: `${label(dept.key)} accounts for ${Math.round(dept.share * 100)}% of exposure (${usdShort(dept.meanUsd)} a year). Start the coaching programme there.`, savingUsd: 0 });
  }
  return {
    company: tenant?.name ?? tenantId,
    generatedAt: now.toISOString(),
    overview,
    inventory,
    policy: { version: sorted.at(-1)?.version ?? 0, liveSince: sorted[0]?.createdAt ?? null, versions: sorted.length },
    recommendations,
    assumptions: assumptionRows(overview.profile),
  };
}
