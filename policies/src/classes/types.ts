import type { Finding } from '../detectors/types';

export const DATA_CLASSES = [
  'pii', 'customer_records', 'credentials', 'source_code', 'legal', 'financial', 'health', 'hr',
] as const;
export type DataClass = (typeof DATA_CLASSES)[number];

export interface DataClassResult {
  class: DataClass;
  score: number; // 0..1
  evidence: string[]; // short, content-free reasons: 'keyword:privileged', 'rows:12 with EMAIL_ADDRESS', 'lang:python'
  detail?: string; // e.g. the programming language for source_code
}

export const SEVERITIES = ['none', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Classification {
  findings: Finding[];
  classes: DataClassResult[];
  severity: Severity;
}
