import type { EntityType, Finding } from '../detectors/types';
import type { KeywordHits } from './keywords';

/** What every class scorer sees: the text once lower-cased, the resolved findings, keyword hits. */
export interface ClassInput {
  text: string;
  lower: string;
  findings: readonly Finding[];
  keywords: KeywordHits;
  /** count of findings per entity */
  counts: Partial<Record<EntityType, number>>;
}

export function countEntities(findings: readonly Finding[]): Partial<Record<EntityType, number>> {
  const counts: Partial<Record<EntityType, number>> = {};
  for (const f of findings) counts[f.entity] = (counts[f.entity] ?? 0) + 1;
  return counts;
}
