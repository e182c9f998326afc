// Gateway management for the console: status (everyone: the assistant page shows it), usage and
// budgets (dashboards / security), gateway tokens (admin), conversation delete (owner or admin).
import { BudgetSchema, GatewayStatusSchema, GatewayTokenCreatedSchema, GatewayTokenCreateSchema, GatewayUsageSchema } from '@protocol-zero/policies';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { deleteBudget, insertGatewayToken, listBudgets, listGatewayRequests, listGatewayTokens, revokeGatewayToken, upsertBudget, usageByDepartment, usageSummary } from '../../db/repositories/gateway-usage';
import { recordAudit } from '../../db/repositories/audit';
import { AppError } from '../../errors';
import { sha256 } from '../../identity/secrets';
import { actorOf, AUTH, principalOf, userOf } from '../../plugins/auth';
import { periodStart } from '../../gateway/budgets';
import { generateGatewayToken, pseudonymOf } from '../../gateway/caller';
import { AUTH_ERRORS, errors } from '../common';
import { ConversationIdHeader } from './messages';
import type { GatewayRoutesContext } from './index';

export function adminRoutes(ctx: GatewayRoutesContext): FastifyPluginAsyncZod {
  return async (app) => {
    const { rt, env } = ctx;

    app.get('/v1/gateway/status', { config: { auth: AUTH.anyUser }, schema: { tags: ['gateway'], summary: 'Which models answer, and how', response: { 200: GatewayStatusSchema, ...errors(...AUTH_ERRORS) } } }, async () => {
      const providers = [...(rt.router.anthropic ? (['anthropic'] as const) : []), ...(rt.router.local ? (['openai-compat'] as const) : [])];
      return {
        configured: providers.length > 0, providers, tiers: rt.router.tiers, localModel: rt.router.local?.model ?? null,
        localAtSeverity: rt.router.localAtSeverity, presidio: Boolean(env.PRESIDIO_ANALYZER_URL),
        message: providers.length ? 'ready' : 'no model configured: set ANTHROPIC_API_KEY or OPENAI_COMPAT_BASE_URL on the collector',
      };
    });

    app.get(
      '/v1/gateway/usage',
      { config: { auth: AUTH.dashboards }, schema: { tags: ['gateway'], summary: 'Gateway requests, tokens and cost', querystring: z.object({ days: z.coerce.number().int().min(1).max(366).default(30) }), response: { 200: GatewayUsageSchema, ...errors(400, ...AUTH_ERRORS) } } },
      async (req) => {
        const p = principalOf(req);
        const now = new Date();
        const since = new Date(now.getTime() - req.query.days * 86_400_000);
        await rt.audit.flush();
        const periods = { day: periodStart('day', now), month: periodStart('month', now) };
        const [summary, byDepartment, recent] = await Promise.all([
          usageSummary(app.db, p.tenantId, since), usageByDepartment(app.db, p.tenantId, since, periods), listGatewayRequests(app.db, p.tenantId, 50),
        ]);
        return { since: since.toISOString(), ...summary, byDepartment, recent };
      },
    );

    const BudgetOut = z.array(z.object({ scope: z.enum(['user', 'department']), subject: z.string(), period: z.enum(['day', 'month']), maxTokens: z.number().nullable(), maxUsd: z.number().nullable() }));
    app.get('/v1/gateway/budgets', { config: { auth: AUTH.security }, schema: { tags: ['gateway'], summary: 'Per-user and per-department budgets', response: { 200: BudgetOut, ...errors(...AUTH_ERRORS) } } }, async (req) => {
      const rows = await listBudgets(app.db, principalOf(req).tenantId);
      return rows.map((b) => ({ scope: b.scope, subject: b.subject, period: b.period, maxTokens: b.maxTokens, maxUsd: b.maxUsdMicros === null ? null : b.maxUsdMicros / 1e6 }));
    });

    app.put('/v1/gateway/budgets', { config: { auth: AUTH.admin }, schema: { tags: ['gateway'], summary: 'Set a budget (tokens and/or dollars per day or month)', body: BudgetSchema, response: { 200: z.object({ ok: z.literal(true) }), ...errors(400, ...AUTH_ERRORS) } } }, async (req) => {
      const p = principalOf(req);
      const b = req.body;
      await upsertBudget(app.db, p.tenantId, { scope: b.scope, subject: b.subject, period: b.period, maxTokens: b.maxTokens, maxUsdMicros: b.maxUsd === null ? null : Math.round(b.maxUsd * 1e6) }, actorOf(p));
      rt.budgets.invalidateLimits(p.tenantId);
      await recordAudit(app.db, { tenantId: p.tenantId, actor: actorOf(p), action: 'gateway.budget.set', target: `${b.scope}:${b.subject}`, details: { period: b.period, maxTokens: b.maxTokens, maxUsd: b.maxUsd } });
      return { ok: true as const };
    });

    app.delete(
      '/v1/gateway/budgets/:scope/:subject',
      { config: { auth: AUTH.admin }, schema: { tags: ['gateway'], summary: 'Remove a budget', params: z.object({ scope: z.enum(['user', 'department']), subject: z.string().min(1).max(128) }), response: { 200: z.object({ deleted: z.boolean() }), ...errors(400, ...AUTH_ERRORS) } } },
      async (req) => {
        const p = principalOf(req);
        const deleted = await deleteBudget(app.db, p.tenantId, req.params.scope, req.params.subject);
        rt.budgets.invalidateLimits(p.tenantId);
        return { deleted };
      },
    );

    const TokenRow = z.object({ id: z.string(), label: z.string(), user: z.string(), department: z.string().nullable(), createdAt: z.string(), revoked: z.boolean() });
    app.get('/v1/gateway/tokens', { config: { auth: AUTH.admin }, schema: { tags: ['gateway'], summary: 'Gateway API tokens', response: { 200: z.array(TokenRow), ...errors(...AUTH_ERRORS) } } }, async (req) => {
      const rows = await listGatewayTokens(app.db, principalOf(req).tenantId);
      return rows.map((r) => ({ id: r.id, label: r.label, user: r.user_pseudonym, department: r.department, createdAt: new Date(r.created_at).toISOString(), revoked: r.revoked_at !== null }));
    });

    app.post('/v1/gateway/tokens', { config: { auth: AUTH.admin }, schema: { tags: ['gateway'], summary: 'Mint a gateway API token (shown once)', body: GatewayTokenCreateSchema, response: { 200: GatewayTokenCreatedSchema, ...errors(400, ...AUTH_ERRORS) } } }, async (req) => {
      const p = userOf(req);
      const token = generateGatewayToken();
      const user = pseudonymOf(await ctx.callers.tenantKey(p.tenantId), req.body.email);
      const id = await insertGatewayToken(app.db, { tenantId: p.tenantId, tokenHash: sha256(token), userPseudonym: user, department: req.body.department ?? null, label: req.body.label });
      await recordAudit(app.db, { tenantId: p.tenantId, actor: actorOf(p), action: 'gateway.token.create', target: id, details: { label: req.body.label } });
      return { id, token, user };
    });

    app.delete('/v1/gateway/tokens/:id', { config: { auth: AUTH.admin }, schema: { tags: ['gateway'], summary: 'Revoke a gateway API token', params: z.object({ id: z.uuid() }), response: { 200: z.object({ revoked: z.boolean() }), ...errors(400, ...AUTH_ERRORS) } } }, async (req) => {
      const p = principalOf(req);
      const revoked = await revokeGatewayToken(app.db, p.tenantId, req.params.id);
      ctx.callers.forget();
      if (revoked) await recordAudit(app.db, { tenantId: p.tenantId, actor: actorOf(p), action: 'gateway.token.revoke', target: req.params.id });
      return { revoked };
    });

    app.delete(
      '/v1/gateway/conversations/:id',
      { config: { auth: AUTH.anyUser }, schema: { tags: ['gateway'], summary: 'Forget a conversation: its placeholder vault is deleted now', params: z.object({ id: ConversationIdHeader }), response: { 200: z.object({ deleted: z.boolean() }), ...errors(400, ...AUTH_ERRORS) } } },
      async (req) => {
        const p = userOf(req);
        const who = await ctx.callers.resolve(req);
        const deleted = await rt.vault.delete(p.tenantId, req.params.id, p.role === 'admin' ? null : who.user);
        if (!deleted && p.role !== 'admin') throw new AppError('not_found');
        return { deleted };
      },
    );
  };
}
