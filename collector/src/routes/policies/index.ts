import { parsePolicyYaml, PolicyDocumentSchema, PolicyVersionsSchema, SimulationSchema, validatePolicy, type UsagePolicy } from '@protocol-zero/policies';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../../db/repositories/audit';
import { appendPolicyVersion, currentPolicy, getPolicyVersion, listPolicyVersions } from '../../db/repositories/policies';
import { AppError } from '../../errors';
import { actorOf, AUTH, principalOf, userOf } from '../../plugins/auth';
import type { Env } from '../../plugins/env';
import { errors } from '../common';
import { simulatePolicy } from './simulate';

/** A draft arrives as YAML text (the console editor) or as a JSON object. */
export const DraftSchema = z.union([
  z.object({ yaml: z.string().min(1).max(200_000) }).strict(),
  z.object({ policy: z.unknown() }).strict(),
]);

export function parseDraft(d: z.infer<typeof DraftSchema>): UsagePolicy {
  const r = 'yaml' in d ? parsePolicyYaml(d.yaml) : validatePolicy(d.policy);
  if (!r.ok) throw new AppError('validation_failed', 'the policy is not valid', r.issues);
  return r.policy;
}

export const policyRoutes: FastifyPluginAsyncZod<{ env: Env }> = async (app) => {
  app.get(
    '/v1/policy',
    {
      config: { auth: ['device', 'admin', 'analyst', 'executive', 'employee'] },
      schema: {
        tags: ['policy'],
        summary: 'The current usage policy (send If-None-Match with the last ETag; 304 when unchanged)',
        headers: z.object({ 'if-none-match': z.string().max(200).optional() }),
        response: { 200: PolicyDocumentSchema, 304: z.null(), ...errors(401, 403, 404) },
      },
    },
    async (req, reply) => {
      const current = await currentPolicy(app.db, principalOf(req).tenantId);
      if (!current) throw new AppError('not_found', 'no policy yet');
      void reply.header('etag', current.etag).header('cache-control', 'no-cache');
      if (req.headers['if-none-match'] === current.etag) return reply.status(304).send(null);
      return { version: current.version, createdAt: current.createdAt, createdBy: current.createdBy, policy: current.policy, etag: current.etag };
    },
  );

  app.get(
    '/v1/policies/versions',
    { config: { auth: AUTH.dashboards }, schema: { tags: ['policy'], summary: 'Policy version history', response: { 200: PolicyVersionsSchema, ...errors(401, 403) } } },
    async (req) => ({ versions: await listPolicyVersions(app.db, principalOf(req).tenantId) }),
  );

  app.get(
    '/v1/policies/versions/:version',
    {
      config: { auth: AUTH.dashboards },
      schema: { tags: ['policy'], summary: 'One policy version', params: z.object({ version: z.coerce.number().int().min(1) }), response: { 200: PolicyDocumentSchema, ...errors(400, 401, 403, 404) } },
    },
    async (req) => {
      const v = await getPolicyVersion(app.db, principalOf(req).tenantId, req.params.version);
      if (!v) throw new AppError('not_found', 'no such policy version');
      return { version: v.version, createdAt: v.createdAt, createdBy: v.createdBy, policy: v.policy, etag: v.etag };
    },
  );

  app.post(
    '/v1/policies/versions',
    {
      config: { auth: AUTH.admin },
      schema: {
        tags: ['policy'],
        summary: 'Publish a new policy version (validated; audited). baseVersion guards against lost updates.',
        body: z.object({ draft: DraftSchema, comment: z.string().max(500).default(''), baseVersion: z.number().int().min(0).optional() }).strict(),
        response: { 201: PolicyDocumentSchema, ...errors(400, 401, 403, 409) },
      },
    },
    async (req, reply) => {
      const u = userOf(req);
      const policy = parseDraft(req.body.draft);
      const saved = await appendPolicyVersion(app.db, u.tenantId, policy, u.email, req.body.comment, req.body.baseVersion);
      if (saved === 'conflict') throw new AppError('policy_version_conflict');
      await recordAudit(app.db, { tenantId: u.tenantId, actor: actorOf(u), action: 'policy.published', target: `policy:${saved.version}`, details: { comment: req.body.comment, etag: saved.etag } });
      app.live.publish({ type: 'policy', tenantId: u.tenantId, version: saved.version });
      return reply.status(201).send({ version: saved.version, createdAt: saved.createdAt, createdBy: saved.createdBy, policy: saved.policy, etag: saved.etag });
    },
  );

  app.post(
    '/v1/policies/simulate',
    {
      config: { auth: AUTH.security },
      schema: {
        tags: ['policy'],
        summary: 'Replay a draft policy over stored decisions of the last N days and report what would change',
        body: z.object({ draft: DraftSchema, days: z.number().int().min(1).max(30).default(30) }).strict(),
        response: { 200: SimulationSchema, ...errors(400, 401, 403) },
      },
    },
    async (req) => simulatePolicy(app.db, principalOf(req).tenantId, parseDraft(req.body.draft), req.body.days),
  );
};
