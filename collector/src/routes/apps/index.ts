import { APPS, AppSanctionedSchema, AppSanctionSchema, AppsResponseSchema, tierOf, vendorRiskScore, type AiApp } from '@protocol-zero/policies';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appUsage, listAppOverrides, upsertAppOverride } from '../../db/repositories/apps';
import { recordAudit } from '../../db/repositories/audit';
import { listUnknownHosts } from '../../db/repositories/inventory';
import { appendPolicyVersion, currentPolicy } from '../../db/repositories/policies';
import { utcDay } from '../../db/repositories/rollups';
import { AppError } from '../../errors';
import { actorOf, AUTH, principalOf, userOf } from '../../plugins/auth';
import type { Env } from '../../plugins/env';
import { errors } from '../common';

const CATALOG = APPS as Record<string, AiApp | undefined>;

export const appRoutes: FastifyPluginAsyncZod<{ env: Env }> = async (app) => {
  app.get(
    '/v1/apps',
    {
      config: { auth: AUTH.dashboards },
      schema: {
        tags: ['apps'],
        summary: 'AI apps seen by extensions and sensors: usage, users, bytes, vendor risk, sanction tier',
        querystring: z.object({ days: z.coerce.number().int().min(1).max(400).default(30) }),
        response: { 200: AppsResponseSchema, ...errors(400, 401, 403) },
      },
    },
    async (req) => {
      const { tenantId } = principalOf(req);
      const now = new Date();
      const from = utcDay(new Date(now.getTime() - (req.query.days - 1) * 86_400_000));
      const [usage, overrides, policy, unknownHosts] = await Promise.all([
        appUsage(app.db, tenantId, from, utcDay(now)), listAppOverrides(app.db, tenantId), currentPolicy(app.db, tenantId), listUnknownHosts(app.db, tenantId, 100),
      ]);
      const byApp = new Map(overrides.map((o) => [o.app_id, o]));
      const apps = usage.map((u) => {
        const c = CATALOG[u.appId];
        const o = byApp.get(u.appId);
        const tier = policy ? tierOf(policy.policy, { id: u.appId, category: c?.category ?? 'other' }) : 'unsanctioned';
        return {
          ...u, name: c?.name ?? u.appId, vendor: c?.vendor ?? 'unknown', category: c?.category ?? 'other', catalogued: Boolean(c), tier,
          override: o ? { tier: o.tier, note: o.note, updatedAt: new Date(o.updated_at).toISOString(), updatedBy: o.updated_by } : null,
          vendorRisk: c ? vendorRiskScore(c) : null,
        };
      });
      apps.sort((a, b) => b.events + b.clients - (a.events + a.clients) || a.appId.localeCompare(b.appId));
      return { from, apps, unknownHosts };
    },
  );

  app.put(
    '/v1/apps/:appId/sanction',
    {
      config: { auth: AUTH.admin },
      schema: {
        tags: ['apps'],
        summary: 'Set an app’s sanction tier: publishes a policy version with tiers.apps[appId] (audited)',
        params: z.object({ appId: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/) }),
        body: AppSanctionSchema,
        response: { 200: AppSanctionedSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      const u = userOf(req);
      const { appId } = req.params;
      const { tier, note } = req.body;
      const current = await currentPolicy(app.db, u.tenantId);
      if (!current) throw new AppError('not_found', 'no policy yet');
      const next = { ...current.policy, tiers: { ...current.policy.tiers, apps: { ...current.policy.tiers.apps, [appId]: tier } } };
      const saved = await app.db.transaction().execute(async (tx) => {
        const v = await appendPolicyVersion(tx, u.tenantId, next, u.email, `sanction ${appId}: ${tier}`, current.version);
        if (v === 'conflict') return v;
        await upsertAppOverride(tx, { tenantId: u.tenantId, appId, tier, note, by: u.email });
        await recordAudit(tx, { tenantId: u.tenantId, actor: actorOf(u), action: 'app.sanction', target: `app:${appId}`, reason: note, details: { tier, policyVersion: v.version } });
        return v;
      });
      if (saved === 'conflict') throw new AppError('policy_version_conflict');
      app.live.publish({ type: 'apps', tenantId: u.tenantId, appId, tier });
      app.live.publish({ type: 'policy', tenantId: u.tenantId, version: saved.version });
      return { appId, tier, policyVersion: saved.version };
    },
  );
};
