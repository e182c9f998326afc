// Exposure in dollars: the overview (stored run), what-ifs replayed over the stored observations,
// a recompute, and the tenant profile the model is scaled by (industry, revenue, regimes).
import {
  assumptionRows, ExposureOverviewSchema, runExposure, TenantProfileSchema, WhatIfRequestSchema, WhatIfResponseSchema,
} from '@protocol-zero/policies';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../../db/repositories/audit';
import { putExposureProfile } from '../../db/repositories/exposure';
import { EXPOSURE_SEED, tenantProfile } from '../../exposure/compute';
import { exposureOverview, latestRun } from '../../exposure/overview';
import { actorOf, AUTH, principalOf, userOf } from '../../plugins/auth';
import type { Env } from '../../plugins/env';
import { errors } from '../common';

const AssumptionSchema = z.object({ parameter: z.string(), value: z.string(), source: z.string(), year: z.number(), assumption: z.boolean() });

export const exposureRoutes: FastifyPluginAsyncZod<{ env: Env }> = async (app) => {
  app.get(
    '/v1/exposure/overview',
    {
      config: { auth: AUTH.dashboards },
      schema: { tags: ['exposure'], summary: 'Annualised loss exposure (P10/P50/P90), trend, top apps and departments, redirect adoption', response: { 200: ExposureOverviewSchema, ...errors(401, 403) } },
    },
    async (req) => exposureOverview(app.db, principalOf(req).tenantId),
  );

  app.post(
    '/v1/exposure/what-if',
    {
      config: { auth: AUTH.dashboards },
      schema: {
        tags: ['exposure'],
        summary: 'Exposure if the redirect rate were X, or app Y sanctioned/blocked (same observations, same seed)',
        body: WhatIfRequestSchema,
        response: { 200: WhatIfResponseSchema, ...errors(400, 401, 403) },
      },
    },
    async (req) => {
      const run = await latestRun(app.db, principalOf(req).tenantId);
      const opts = { trials: run.result.trials, seed: EXPOSURE_SEED };
      const whatIf = runExposure(run.input, opts, req.body);
      return { baseline: run.result, whatIf, deltaUsd: whatIf.meanUsd - run.result.meanUsd };
    },
  );

  app.post(
    '/v1/exposure/recompute',
    {
      config: { auth: AUTH.security },
      schema: { tags: ['exposure'], summary: 'Recompute the exposure now from stored events', response: { 200: z.object({ meanUsd: z.number() }), ...errors(401, 403) } },
    },
    async (req) => {
      const { tenantId } = principalOf(req);
      const r = await app.jobs.run<{ meanUsd: Record<string, number> }>('exposure', { tenantId });
      return { meanUsd: r.meanUsd[tenantId] ?? 0 };
    },
  );

  app.get(
    '/v1/exposure/settings',
    {
      config: { auth: AUTH.dashboards },
      schema: { tags: ['exposure'], summary: 'Tenant profile and the model’s assumptions with sources', response: { 200: z.object({ profile: TenantProfileSchema, assumptions: z.array(AssumptionSchema) }), ...errors(401, 403) } },
    },
    async (req) => {
      const profile = await tenantProfile(app.db, principalOf(req).tenantId);
      return { profile, assumptions: assumptionRows(profile) };
    },
  );

  app.put(
    '/v1/exposure/settings',
    {
      config: { auth: AUTH.admin },
      schema: { tags: ['exposure'], summary: 'Set the tenant profile (audited); takes effect at the next recompute', body: TenantProfileSchema, response: { 200: z.object({ profile: TenantProfileSchema }), ...errors(400, 401, 403) } },
    },
    async (req) => {
      const u = userOf(req);
      await putExposureProfile(app.db, u.tenantId, req.body, u.email);
      await recordAudit(app.db, { tenantId: u.tenantId, actor: actorOf(u), action: 'exposure.profile', target: 'tenant', details: req.body });
      return { profile: req.body };
    },
  );
};
