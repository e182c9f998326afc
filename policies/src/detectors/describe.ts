import { detectorById } from './registry';
import type { EntityType, Finding } from './types';

// Plain words for the overlay: "2 email addresses and an AWS key". Secrets come first, then the
// identifiers that make a prompt high-risk, then the rest by count.
const RANK: Partial<Record<EntityType, number>> = {
  SECRET: 0, CREDIT_CARD: 1, US_SSN: 1, IBAN_CODE: 1, US_BANK_NUMBER: 1, US_PASSPORT: 1, US_DRIVER_LICENSE: 1, US_ITIN: 1,
  UK_NINO: 1, UK_NHS: 1, MEDICAL_RECORD_NUMBER: 1,
};
const MAX_GROUPS = 4;

export function describeFindings(findings: readonly Finding[]): string {
  const groups = new Map<string, { entity: EntityType; n: number; one: string; many: string }>();
  for (const f of findings) {
    const d = detectorById(f.detector);
    const label = d?.label ?? { one: `a ${f.entity.toLowerCase().replace(/_/g, ' ')}`, many: `${f.entity.toLowerCase().replace(/_/g, ' ')}s` };
    const key = label.many; // detectors sharing a label (two secret kinds) merge
    const g = groups.get(key) ?? { entity: f.entity, n: 0, ...label };
    g.n++;
    groups.set(key, g);
  }
  if (groups.size === 0) return 'nothing sensitive';
  const sorted = [...groups.values()].sort((a, b) => (RANK[a.entity] ?? 2) - (RANK[b.entity] ?? 2) || b.n - a.n || a.many.localeCompare(b.many));
  const parts = sorted.slice(0, MAX_GROUPS).map((g) => (g.n === 1 ? g.one : `${g.n} ${g.many}`));
  const rest = sorted.slice(MAX_GROUPS).reduce((n, g) => n + g.n, 0);
  if (rest > 0) parts.push(`${rest} more item${rest === 1 ? '' : 's'}`);
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
