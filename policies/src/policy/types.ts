import type { AppCategory } from '../catalog/types';
import type { DataClass, Severity } from '../classes/types';
import type { EntityType } from '../detectors/types';
import type { Action, Channel, ModelTier, Tier } from './schema';

/**
 * What evaluate() needs to know about the content: counts, not text. Stored decision events
 * carry exactly this, so a draft policy can be replayed over past decisions (console simulate).
 */
export interface ContentSummary {
  entities: Partial<Record<EntityType, number>>;
  classes: DataClass[];
  severity: Severity;
}

export interface EvaluationContext {
  app: { id: string; category: AppCategory };
  content: ContentSummary;
  user: { groups: string[] };
  channel: Channel;
  /** ISO date used for exception expiry; defaults to never-expired when absent. */
  today?: string;
}

export interface Decision {
  action: Action;
  tier: Tier;
  ruleId: string | null; // null: defaultAction applied
  reasons: string[]; // plain words, content-free: 'tier unsanctioned', 'class credentials', 'severity high ≥ medium'
  message?: string;
  requireJustification: boolean;
  /** Set on a 'redirect' decision whose rule names the model tier the assistant should use. */
  modelTier?: ModelTier;
}
