// The model tier a redirect rule names ('frontier' / 'worker'), remembered per hand-off
// conversation. The collector evaluates its current policy on the redeemed prompt — the same
// evaluate() the extension ran on the device — so the tier never has to travel through the
// browser. Kept in memory with the vault's lifetime: after a restart the conversation falls back
// to the tier its requests name, which is the behaviour without a rule.
import { APPS, type AppId, classify, DEFAULT_POLICY, evaluate, type ModelTier, summarize } from '@protocol-zero/policies';
import type { Db } from '../db/database';
import { currentPolicy } from '../db/repositories/policies';

/** The tier the tenant's policy asks for when this prompt is redirected from this app, if any. */
export async function redirectTierFor(db: Db, tenantId: string, appId: string, prompt: string, groups: string[], now = new Date()): Promise<ModelTier | undefined> {
  const policy = (await currentPolicy(db, tenantId))?.policy ?? DEFAULT_POLICY;
  const app = (APPS as Record<string, { category: (typeof APPS)[AppId]['category'] } | undefined>)[appId];
  const d = evaluate(policy, {
    app: { id: appId, category: app?.category ?? 'other' },
    content: summarize(classify(prompt)),
    user: { groups },
    channel: 'prompt',
    today: now.toISOString().slice(0, 10),
  });
  return d.action === 'redirect' ? d.modelTier : undefined;
}

export class ConversationTiers {
  private readonly m = new Map<string, { tier: ModelTier; until: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly max = 50_000,
  ) {}

  set(tenantId: string, conversationId: string, tier: ModelTier, now = Date.now()): void {
    this.m.set(`${tenantId}\u0000${conversationId}`, { tier, until: now + this.ttlMs });
    if (this.m.size > this.max) this.m.delete(this.m.keys().next().value!);
  }

  get(tenantId: string, conversationId: string, now = Date.now()): ModelTier | undefined {
    const k = `${tenantId}\u0000${conversationId}`;
    const e = this.m.get(k);
    if (e && e.until <= now) this.m.delete(k);
    return e && e.until > now ? e.tier : undefined;
  }
}
