// The parameter tables flattened into rows a human reads: the board report's appendix, the
// console's "method" panel and the assumptions CSV all print exactly this.
import { DATA_CLASSES } from '../classes/types';
import {
  COST_PER_RECORD, INDUSTRY_BREACH_COST_MUSD, LOSS_PER_EXPOSURE, REGULATORY, SANCTIONED_FACTOR, SHADOW_AI_PREMIUM,
  UNKNOWN_VENDOR_RISK, VENDOR_RISK_FACTOR,
} from './parameters';
import type { TenantProfile } from './types';

export interface AssumptionRow {
  parameter: string;
  value: string;
  source: string;
  year: number;
  assumption: boolean;
}

const usd = (n: number) => `USD ${Math.round(n).toLocaleString('en-US')}`;

export function assumptionRows(profile: TenantProfile): AssumptionRow[] {
  const rows: AssumptionRow[] = [];
  const add = (parameter: string, value: string, s: { source: string; year: number; assumption?: boolean }) =>
    rows.push({ parameter, value, source: s.source, year: s.year, assumption: Boolean(s.assumption) });
  add('Loss event per sensitive prompt', `1 in ${Math.round(1 / LOSS_PER_EXPOSURE.value).toLocaleString('en-US')}`, LOSS_PER_EXPOSURE);
  add('Vendor risk factor', `${VENDOR_RISK_FACTOR.value.base} + ${VENDOR_RISK_FACTOR.value.slope} × risk (0..1)`, VENDOR_RISK_FACTOR);
  add('Sanctioned app factor', `× ${SANCTIONED_FACTOR.value}`, SANCTIONED_FACTOR);
  add('Uncatalogued vendor risk', String(UNKNOWN_VENDOR_RISK.value), UNKNOWN_VENDOR_RISK);
  add('Shadow-AI breach premium', `+${(SHADOW_AI_PREMIUM.value * 100).toFixed(1)}%`, SHADOW_AI_PREMIUM);
  const ind = INDUSTRY_BREACH_COST_MUSD[profile.industry];
  add(`Industry cost (${profile.industry})`, `USD ${ind.value.toFixed(2)}M per breach`, ind);
  for (const c of DATA_CLASSES) {
    const p = COST_PER_RECORD[c];
    add(`Cost per record: ${c.replace('_', ' ')}`, `${usd(p.value.usd)} × ${p.value.defaultRecords} records default, spread (sigma) ${p.value.sigma}`, p);
  }
  for (const r of profile.regimes) {
    const p = REGULATORY[r];
    add(`Regulatory: ${r.toUpperCase()}`, `${(p.value.probability * 100).toFixed(0)}% of events; cap ${p.value.capText}`, p);
  }
  return rows;
}
