// POST /v1/handoff (extension, on redirect) and POST /v1/handoff/redeem (assistant page). The
// prompt is sealed with the vault key at rest and dropped once redeemed; the token is one-time,
// short-lived and stored only as its hash.
import { randomBytes, randomUUID } from 'node:crypto';
import { HandoffRedeemRequestSchema, HandoffRedeemResponseSchema, HandoffRequestSchema, HandoffResponseSchema } from '@protocol-zero/policies';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { devicePseudonym, findLiveHandoff, forgetHandoffPrompt, insertHandoff, redeemHandoff } from '../../db/repositories/gateway-handoffs';
import { AppError } from '../../errors';
import { sha256 } from '../../identity/secrets';
import { recordAudit } from '../../db/repositories/audit';
import { actorOf, AUTH, principalOf } from '../../plugins/auth';
import { publicUrl } from '../../plugins/env';
import { AnalysisError, analyzeAll } from '../../gateway/analyze';
import { open, seal } from '../../gateway/crypto';
import { redirectTierFor } from '../../gateway/policy-tier';
import { applyScrub } from '../../gateway/scrub-request';
import { groupsOfUser } from '../../db/repositories/kb';
import { AUTH_ERRORS, errors } from '../common';
import type { GatewayRoutesContext } from './index';

export function handoffRoutes(ctx: GatewayRoutesContext): FastifyPluginAsyncZod {
  return async (app) => {
    const { env, rt } = ctx;
    app.post(
      '/v1/handoff',
      {
        config: { auth: AUTH.ingestDevice },
        schema: { tags: ['gateway'], summary: 'Hand a redirected prompt to the company assistant (one-time token)', body: HandoffRequestSchema, response: { 200: HandoffResponseSchema, ...errors(400, ...AUTH_ERRORS) } },
      },
      async (req) => {
        const p = principalOf(req);
        if (p.kind !== 'device') throw new AppError('forbidden');
        const id = randomUUID();
        const token = `pzh_${randomBytes(32).toString('base64url')}`;
        const expiresAt = new Date(Date.now() + env.PZ_GATEWAY_HANDOFF_TTL_SECONDS * 1000);
        await insertHandoff(app.db, {
          id, tenantId: p.tenantId, tokenHash: sha256(token), userPseudonym: await devicePseudonym(app.db, p.tenantId, p.deviceId), deviceId: p.deviceId,
          appId: req.body.appId, host: req.body.host, decisionId: req.body.decisionId, promptEnc: seal(rt.keys.enc, req.body.prompt, `handoff|${id}`),
          entities: req.body.entities, expiresAt,
        });
        // Counts only: the audit trail says a prompt was carried over, never what it said.
        await recordAudit(app.db, { tenantId: p.tenantId, actor: actorOf(p), action: 'handoff.create', target: id, details: { appId: req.body.appId, decisionId: req.body.decisionId, entities: req.body.entities } });
        return { handoffId: id, token, expiresAt: expiresAt.toISOString(), assistantUrl: `${publicUrl(env)}/#/assistant` };
      },
    );

    app.post(
      '/v1/handoff/redeem',
      {
        config: { auth: AUTH.anyUser },
        schema: {
          tags: ['gateway'], summary: 'Redeem a hand-off token: the prompt, its scrubbed form and the placeholder spans',
          body: HandoffRedeemRequestSchema, response: { 200: HandoffRedeemResponseSchema, ...errors(400, 410, 503, ...AUTH_ERRORS) },
        },
      },
      async (req) => {
        const p = principalOf(req);
        const who = await ctx.callers.resolve(req);
        const tokenHash = sha256(req.body.token);
        const live = await findLiveHandoff(app.db, p.tenantId, tokenHash);
        if (!live) throw new AppError('handoff_invalid');
        const prompt = open(rt.keys.enc, live.promptEnc, `handoff|${live.id}`);
        // Analyse before consuming the token: a failed analysis leaves the hand-off redeemable.
        let analyses;
        try {
          analyses = await analyzeAll(rt.analyzer, [prompt], env.PZ_GATEWAY_ANALYSIS_TIMEOUT_MS);
        } catch (err) {
          throw new AppError('gateway_analysis_failed', undefined, { reason: err instanceof AnalysisError ? err.reason : 'failed' });
        }
        const conversationId = randomUUID();
        const won = await redeemHandoff(app.db, p.tenantId, tokenHash, conversationId);
        if (!won) throw new AppError('handoff_invalid');
        // Minted for a known user (the device's enrolled user): only that user may redeem it. A token
        // presented by someone else has leaked, so it stays used and its prompt is dropped.
        const mismatch = won.userPseudonym !== null && won.userPseudonym !== who.user;
        await recordAudit(app.db, { tenantId: p.tenantId, actor: actorOf(p), action: mismatch ? 'handoff.redeem_refused' : 'handoff.redeem', target: live.id, details: mismatch ? { reason: 'wrong_user' } : { conversationId } });
        await forgetHandoffPrompt(app.db, live.id);
        if (mismatch) throw new AppError('handoff_wrong_user');
        // The redirect rule's model tier, if it names one, answers this conversation.
        const groups = who.kind === 'session' && who.userId ? [who.role ?? '', ...(await groupsOfUser(app.db, p.tenantId, who.userId))].filter(Boolean) : [];
        const tier = await redirectTierFor(app.db, p.tenantId, live.appId, prompt, groups);
        await rt.vault.claim(p.tenantId, conversationId, who.user, tier);
        let scrubbed = prompt;
        const out = await rt.vault.update(p.tenantId, conversationId, who.user, (map) =>
          applyScrub([{ text: prompt, set: (s) => void (scrubbed = s) }], analyses, map),
        );
        return { conversationId, appId: live.appId, prompt, scrubbed, placeholders: out.spans[0] ?? [] };
      },
    );
  };
}
