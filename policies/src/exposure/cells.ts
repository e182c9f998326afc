// Observations → model cells. A cell is one (app, department, data class) with an annual loss-event
// rate and a loss-magnitude distribution; simulate() only ever sees cells.
import { DATA_CLASSES, type DataClass } from '../classes/types';
import {
  COST_PER_RECORD, GLOBAL_BREACH_COST_MUSD, INDUSTRY_BREACH_COST_MUSD, LOSS_PER_EXPOSURE, REGULATORY,
  SANCTIONED_FACTOR, SHADOW_AI_PREMIUM, UNKNOWN_VENDOR_RISK, VENDOR_RISK_FACTOR,
} from './parameters';
import type { AppExposureProfile, ClassObservation, ExposureInput } from './types';

export interface RegComponent {
  p: number;
  mu: number;
  sigma: number;
  cap: number;
}

export interface Cell {
  app: string;
  department: string;
  dataClass: DataClass;
  exposuresPerYear: number;
  /** Annual loss events (Poisson mean). */
  lambda: number;
  /** Lognormal of one event's primary loss. */
  mu: number;
  sigma: number;
  regs: RegComponent[];
}

/** Lognormal μ whose mean is `mean` for a given σ. */
export const muForMean = (mean: number, sigma: number): number => Math.log(mean) - (sigma * sigma) / 2;

export function frequencyFactor(app: AppExposureProfile | undefined, sanctionedFactor: number): number {
  if (app?.tier === 'blocked') return 0;
  const risk = app ? app.vendorRisk : UNKNOWN_VENDOR_RISK.value;
  const f = VENDOR_RISK_FACTOR.value.base + VENDOR_RISK_FACTOR.value.slope * Math.min(1, Math.max(0, risk));
  return app?.tier === 'sanctioned' ? f * sanctionedFactor : f;
}

/** Current redirect rate: redirected ÷ (redirected + sent) over sensitive prompts to non-sanctioned apps. */
export function redirectRateOf(input: ExposureInput): number {
  const tiers = new Map(input.apps.map((a) => [a.appId, a.tier]));
  let sent = 0, redirected = 0;
  for (const o of input.observations) {
    if (tiers.get(o.appId) === 'sanctioned') continue;
    sent += o.sent;
    redirected += o.redirected;
  }
  return sent + redirected > 0 ? redirected / (sent + redirected) : 0;
}

/** Records per prompt that reached the app (entity counts are summed over sent prompts only); 0 → the class default. */
const recordsPerSent = (o: { sent: number; records: number }): number => (o.sent > 0 && o.records > 0 ? o.records / o.sent : 0);

/**
 * Sensor-only usage (an app the extension never saw in a department, e.g. unmanaged browsers or
 * desktop apps) gets the department's observed sensitive-prompt rate per user-day; where both saw
 * the app and the sensor counted more user-days, the extra days are unmanaged: every sensitive
 * prompt of theirs reaches the app (the extension's redirects and blocks never happened there).
 * Frequencies use attempts (intent, before any control acted); records per prompt use what was
 * sent, the only prompts whose entity counts are stored.
 */
function expandWithInventory(input: ExposureInput): ClassObservation[] {
  const usage = input.usage ?? [];
  if (usage.length === 0) return input.observations;
  const k = (app: string, dept: string) => `${app}\u0000${dept}`;
  const use = new Map(usage.map((u) => [k(u.appId, u.department), u]));
  const out: ClassObservation[] = [];
  for (const o of input.observations) {
    const u = use.get(k(o.appId, o.department));
    const extra = u && u.extensionUserDays > 0 ? Math.max(0, u.inventoryUserDays / u.extensionUserDays - 1) : 0;
    if (extra === 0) {
      out.push(o);
      continue;
    }
    const sent = o.sent + (o.sent + o.redirected + o.stopped) * extra;
    out.push({ ...o, sent, records: recordsPerSent(o) * sent });
  }
  // Department rate per extension user-day, per class; the tenant-wide rate where the department
  // has no extension users (sensors often know only an IP address, not a department).
  const ALL = '\u0000all';
  const days = new Map<string, number>();
  for (const u of usage) for (const d of [u.department, ALL]) days.set(d, (days.get(d) ?? 0) + u.extensionUserDays);
  const intent = new Map<string, { attempts: number; sent: number; records: number }>();
  for (const o of input.observations) {
    for (const d of [o.department, ALL]) {
      const key = k(d, o.dataClass);
      const cur = intent.get(key) ?? { attempts: 0, sent: 0, records: 0 };
      cur.attempts += o.sent + o.redirected + o.stopped; // intent to share, before any control acted
      cur.sent += o.sent;
      cur.records += o.records;
      intent.set(key, cur);
    }
  }
  for (const u of usage) {
    if (u.extensionUserDays > 0 || u.inventoryUserDays <= 0) continue;
    const dept = (days.get(u.department) ?? 0) > 0 ? u.department : ALL;
    const d = days.get(dept) ?? 0;
    if (d <= 0) continue;
    for (const c of DATA_CLASSES) {
      const s = intent.get(k(dept, c));
      if (!s || s.attempts <= 0) continue;
      const sent = (s.attempts / d) * u.inventoryUserDays;
      out.push({ appId: u.appId, department: u.department, dataClass: c, sent, redirected: 0, stopped: 0, records: recordsPerSent(s) * sent });
    }
  }
  return out;
}

export function buildCells(input: ExposureInput): Cell[] {
  if (!(input.windowDays > 0)) throw new Error('windowDays must be > 0');
  const o = input.overrides ?? {};
  const lossPer = o.lossPerExposure ?? LOSS_PER_EXPOSURE.value;
  const sanctioned = o.sanctionedFactor ?? SANCTIONED_FACTOR.value;
  const premium = 1 + (o.shadowAiPremium ?? SHADOW_AI_PREMIUM.value);
  const industry = INDUSTRY_BREACH_COST_MUSD[input.tenant.industry].value / GLOBAL_BREACH_COST_MUSD.value;
  const annualise = 365 / input.windowDays;
  const apps = new Map(input.apps.map((a) => [a.appId, a]));
  const cells: Cell[] = [];
  for (const ob of expandWithInventory(input)) {
    if (!(ob.sent > 0)) continue;
    const app = apps.get(ob.appId);
    const exposuresPerYear = ob.sent * annualise;
    const lambda = exposuresPerYear * lossPer * frequencyFactor(app, sanctioned);
    if (!(lambda > 0)) continue;
    const cpr = COST_PER_RECORD[ob.dataClass].value;
    const records = ob.records > 0 ? ob.records / ob.sent : cpr.defaultRecords;
    const mean = records * (o.costPerRecord?.[ob.dataClass] ?? cpr.usd) * industry * premium;
    const regs: RegComponent[] = [];
    for (const r of input.tenant.regimes) {
      const p = REGULATORY[r].value;
      if (!p.classes.includes(ob.dataClass)) continue;
      const fine = p.fixedUsd + p.perRecordUsd * records;
      regs.push({ p: p.probability, mu: muForMean(fine, p.sigma), sigma: p.sigma, cap: p.cap(input.tenant.annualRevenueUsd) });
    }
    cells.push({ app: ob.appId, department: ob.department, dataClass: ob.dataClass, exposuresPerYear, lambda, mu: muForMean(mean, cpr.sigma), sigma: cpr.sigma, regs });
  }
  return cells;
}
