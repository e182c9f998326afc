import type { Channel } from '@protocol-zero/policies';
import type { SiteContext, Verdict } from '../decide/decide';
import type { OverlayProps } from '../overlay/Overlay';
import type { DecisionDraft } from '../../messaging/protocol';

export type Outcome = DecisionDraft['outcome'];

/** A content-free decision event: counts, classes and sizes from the verdict, never text. */
export function makeDraft(
  ctx: { id: string; site: SiteContext; policyVersion: number },
  v: Verdict,
  channel: Channel,
  outcome: Outcome,
  size: number,
  extra: Partial<DecisionDraft> = {},
): DecisionDraft {
  return {
    id: ctx.id,
    occurredAt: new Date().toISOString(),
    appId: ctx.site.appId,
    host: ctx.site.host,
    channel,
    tier: v.decision.tier,
    action: v.decision.action,
    outcome,
    ruleId: v.decision.ruleId,
    policyVersion: ctx.policyVersion,
    entities: v.summary.entities,
    classes: v.summary.classes,
    severity: v.summary.severity,
    sizeBytes: size,
    ...extra,
  };
}

export function overlayProps(v: Verdict, channel: Channel, action: OverlayProps['action'], canRedirect: boolean): Omit<OverlayProps, 'onChoice'> {
  return {
    action,
    words: v.words,
    channel,
    requireJustification: v.decision.requireJustification,
    canRedirect,
    ...(v.decision.message ? { message: v.decision.message } : {}),
  };
}
