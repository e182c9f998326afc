// Fallback while the catalog has no vendorRiskScore(app): the same facts, equal weights. The
// collector prefers the catalog's score when it exists so there is one definition of vendor risk.
import type { VendorRisk } from '../catalog/types';

export function vendorRiskFromFacts(r: VendorRisk): number {
  const parts: number[] = [
    r.trainsOnInputsByDefault.value === true ? 1 : r.trainsOnInputsByDefault.value === false ? 0 : 0.6,
    typeof r.retentionDays.value === 'number' ? Math.min(1, r.retentionDays.value / 365) : r.retentionDays.value === 'none' ? 0 : 0.6,
    r.enterpriseTier.value === true ? 0 : r.enterpriseTier.value === false ? 1 : 0.6,
    r.soc2.value === true ? 0 : r.soc2.value === false ? 1 : 0.6,
    r.breachHistory && r.breachHistory.value.length > 0 ? 1 : 0,
  ];
  return parts.reduce((s, p) => s + p, 0) / parts.length;
}
