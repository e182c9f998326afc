// The model tier a redirect rule names ('frontier' / 'worker') for a hand-off conversation. The
// collector evaluates its current policy on the redeemed prompt — the same evaluate() the extension
// ran on the device — so the tier never has to travel through the browser. It is stored with the
// conversation (Vault.claim), so it holds across restarts and on every collector process.
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
