import type { AiApp, RiskFact, VendorRisk } from './types';

/**
 * Vendor-risk facts that nobody has checked yet are 'unknown', never guessed: every fact still
 * names the vendor page where the answer is to be read, and when the entry was written.
 */
export function unreviewedRisk(source: string, asOf: string): VendorRisk {
  const unknown = { value: 'unknown', source, asOf } as const;
  return {
    trainsOnInputsByDefault: unknown,
    retentionDays: unknown,
    enterpriseTier: unknown,
    soc2: unknown,
    hipaaBaa: unknown,
    dataResidency: unknown,
  };
}

/** Shorthand for one sourced fact in app files. */
export const fact = <T>(value: T, source: string, asOf: string): RiskFact<T> => ({ value, source, asOf });

// 'unknown' is scored as moderately risky: an unreviewed vendor is not a safe vendor.
const UNKNOWN = 0.6;
const bool = (v: boolean | 'unknown', riskyWhen: boolean): number => (v === 'unknown' ? UNKNOWN : v === riskyWhen ? 1 : 0);

function retention(v: number | 'unknown' | 'none'): number {
  if (v === 'unknown') return UNKNOWN;
  if (v === 'none' || v <= 0) return 0;
  if (v <= 30) return 0.2;
  if (v <= 90) return 0.4;
  if (v <= 365) return 0.6;
  return 1; // kept for years: long-lived copies of prompts
}

// Jurisdictions whose laws give the state broad access to data held by companies there.
const STATE_ACCESS = new Set(['CN', 'RU']);
function residency(v: readonly string[] | 'unknown'): number {
  if (v === 'unknown' || v.length === 0) return UNKNOWN;
  if (v.some((r) => STATE_ACCESS.has(r))) return 1;
  if (v.includes('EU')) return 0; // an EU option exists: GDPR-grade processing is available
  if (v.includes('US')) return 0.2;
  return 0.4;
}

export interface RiskContribution {
  fact: keyof VendorRisk;
  weight: number;
  risk: number; // 0..1 for this fact alone
}

/** The weights sum to 1; training on inputs dominates because it is how prompts leak into other people's answers. */
export function vendorRiskFactors(app: Pick<AiApp, 'risk'>): RiskContribution[] {
  const r = app.risk;
  const breaches = r.breachHistory?.value.length ?? 0;
  return [
    { fact: 'trainsOnInputsByDefault', weight: 0.3, risk: bool(r.trainsOnInputsByDefault.value, true) },
    { fact: 'retentionDays', weight: 0.15, risk: retention(r.retentionDays.value) },
    { fact: 'enterpriseTier', weight: 0.1, risk: bool(r.enterpriseTier.value, false) },
    { fact: 'soc2', weight: 0.15, risk: bool(r.soc2.value, false) },
    { fact: 'hipaaBaa', weight: 0.05, risk: bool(r.hipaaBaa.value, false) },
    { fact: 'dataResidency', weight: 0.15, risk: residency(r.dataResidency.value) },
    { fact: 'breachHistory', weight: 0.1, risk: breaches === 0 ? 0 : breaches === 1 ? 0.7 : 1 },
  ];
}

/** 0 (low) .. 1 (high), derived only from the sourced facts. */
export function vendorRiskScore(app: Pick<AiApp, 'risk'>): number {
  let s = 0;
  for (const c of vendorRiskFactors(app)) s += c.weight * c.risk;
  return Math.min(1, Math.max(0, Math.round(s * 1000) / 1000));
}
