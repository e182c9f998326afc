import type { Finding } from '../detectors/types';
import type { DataClassResult, Severity } from './types';

/** Placeholder scorer: entity-derived classes only. The class scorers (code, legal, …) replace this. */
export function scoreClasses(_text: string, findings: Finding[]): DataClassResult[] {
  const out: DataClassResult[] = [];
  const secrets = findings.filter((f) => f.entity === 'SECRET').length;
  if (secrets > 0) out.push({ class: 'credentials', score: 1, evidence: [`findings:${secrets} SECRET`] });
  const pii = findings.filter((f) => f.entity !== 'SECRET').length;
  if (pii > 0) out.push({ class: 'pii', score: Math.min(1, 0.5 + pii / 10), evidence: [`findings:${pii} PII`] });
  return out;
}

export function severityOf(findings: Finding[], classes: DataClassResult[]): Severity {
  if (classes.some((c) => c.class === 'credentials')) return 'critical';
  if (findings.length >= 3) return 'high';
  if (findings.length > 0) return 'medium';
  return 'none';
}
