// Which provider and model answer a request: the tier table (frontier / worker) for Claude, and
// route-by-sensitivity to the local model when a prompt's severity reaches the configured level.
import { MODEL_TIERS, type ModelTier, SEVERITIES, type Severity } from '@protocol-zero/policies';
import type { Provider } from './types';

/** The tier names policy rules use (policies/src/policy/schema.ts). */
export const TIERS = MODEL_TIERS;
export type { ModelTier };

export interface RouterConfig {
  anthropic?: Provider | undefined;
  local?: { provider: Provider; model: string } | undefined;
  tiers: Record<ModelTier, string>;
  /** Prompts at or above this severity go to the local model; 'never' disables. */
  localAtSeverity: Severity | 'never';
}

export interface Route {
  provider: Provider;
  model: string;
  reason: 'requested' | 'tier' | 'sensitivity' | 'only-local';
}

/**
 * `requested` is the body's model: a tier name ('frontier', 'worker'), a concrete model id, or
 * empty (worker). Undefined when nothing can answer: the gateway says "no model configured".
 */
export function route(cfg: RouterConfig, requested: string | undefined, severity: Severity): Route | undefined {
  const sensitive = cfg.localAtSeverity !== 'never' && SEVERITIES.indexOf(severity) >= SEVERITIES.indexOf(cfg.localAtSeverity);
  if (cfg.local && (sensitive || !cfg.anthropic)) return { provider: cfg.local.provider, model: cfg.local.model, reason: sensitive ? 'sensitivity' : 'only-local' };
  if (!cfg.anthropic) return undefined;
  const tier = (TIERS as readonly string[]).includes(requested ?? '') ? (requested as ModelTier) : undefined;
  if (tier) return { provider: cfg.anthropic, model: cfg.tiers[tier], reason: 'tier' };
  if (requested) return { provider: cfg.anthropic, model: requested, reason: 'requested' };
  return { provider: cfg.anthropic, model: cfg.tiers.worker, reason: 'tier' };
}
