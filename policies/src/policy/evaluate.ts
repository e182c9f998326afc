import { SEVERITIES, type Severity } from '../classes/types';
import type { Rule, RuleMatch, Tier, UsagePolicy } from './schema';
import type { Decision, EvaluationContext } from './types';

export function tierOf(policy: UsagePolicy, app: EvaluationContext['app']): Tier {
  return policy.tiers.apps[app.id] ?? policy.tiers.categories[app.category] ?? policy.tiers.default;
}

const severityRank = (s: Severity) => SEVERITIES.indexOf(s);

/** Returns the reasons a match holds, or null when it does not. Reasons are content-free. */
function matchReasons(m: RuleMatch, ctx: EvaluationContext, tier: Tier): string[] | null {
  const reasons: string[] = [];
  if (m.tiers) {
    if (!m.tiers.includes(tier)) return null;
    reasons.push(`tier ${tier}`);
  }
  if (m.apps) {
    if (!m.apps.includes(ctx.app.id)) return null;
    reasons.push(`app ${ctx.app.id}`);
  }
  if (m.categories) {
    if (!m.categories.includes(ctx.app.category)) return null;
    reasons.push(`category ${ctx.app.category}`);
  }
  if (m.classes) {
    const hit = m.classes.filter((c) => ctx.content.classes.includes(c));
    if (hit.length === 0) return null;
    reasons.push(...hit.map((c) => `class ${c}`));
  }
  if (m.entities) {
    const hit = m.entities.filter((e) => (ctx.content.entities[e] ?? 0) > 0);
    if (hit.length === 0) return null;
    reasons.push(...hit.map((e) => `entity ${e}×${ctx.content.entities[e]}`));
  }
  if (m.minSeverity) {
    if (severityRank(ctx.content.severity) < severityRank(m.minSeverity)) return null;
    reasons.push(`severity ${ctx.content.severity} ≥ ${m.minSeverity}`);
  }
  if (m.groups) {
    const hit = m.groups.filter((g) => ctx.user.groups.includes(g));
    if (hit.length === 0) return null;
    reasons.push(...hit.map((g) => `group ${g}`));
  }
  if (m.channels) {
    if (!m.channels.includes(ctx.channel)) return null;
    reasons.push(`channel ${ctx.channel}`);
  }
  return reasons;
}

/**
 * Deterministic and explainable: exceptions first (an exception wins over the rules it names),
 * then rules in order — the first match decides; otherwise the policy's defaultAction.
 * A 'blocked' tier app is always blocked unless an exception or rule says otherwise first.
 */
export function evaluate(policy: UsagePolicy, ctx: EvaluationContext): Decision {
  const tier = tierOf(policy, ctx.app);
  const firstMatch = firstMatchingRule(policy.rules, ctx, tier);

  for (const ex of policy.exceptions) {
    if (ex.expires && ctx.today && ctx.today > ex.expires) continue;
    const reasons = matchReasons(ex.match, ctx, tier);
    if (!reasons) continue;
    const appliesTo = !ex.overrides || (firstMatch !== null && ex.overrides.includes(firstMatch.rule.id));
    if (!appliesTo) continue;
    return { action: ex.action, tier, ruleId: ex.id, reasons: [`exception ${ex.id}`, ...reasons], requireJustification: false };
  }

  if (firstMatch) {
    const { rule, reasons } = firstMatch;
    return {
      action: rule.action,
      tier,
      ruleId: rule.id,
      reasons,
      ...(rule.message !== undefined ? { message: rule.message } : {}),
      requireJustification: rule.requireJustification,
      ...(rule.action === 'redirect' && rule.modelTier ? { modelTier: rule.modelTier } : {}),
    };
  }
  return { action: policy.defaultAction, tier, ruleId: null, reasons: ['no rule matched'], requireJustification: false };
}

function firstMatchingRule(rules: readonly Rule[], ctx: EvaluationContext, tier: Tier) {
  for (const rule of rules) {
    const reasons = matchReasons(rule.match, ctx, tier);
    if (reasons) return { rule, reasons };
  }
  return null;
}
