import { EventBatchSchema, EventQuerySchema, EventsPageSchema, IngestAckSchema, RevealRequestSchema, RevealResponseSchema, SEVERITIES, type StoredEvent } from '@protocol-zero/policies';
import { validatorCompiler, type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { recordAudit } from '../../db/repositories/audit';
import { listDecisionEvents } from '../../db/repositories/events';
import { findPseudonym } from '../../db/repositories/identity';
import { AppError } from '../../errors';
import { createEventIngest } from '../../ingest/events';
import { isFastValidEventBatch } from '../../ingest/validate';
import { actorOf, AUTH, principalOf, userOf } from '../../plugins/auth';
import type { Env } from '../../plugins/env';
import { errors } from '../common';

export const eventRoutes: FastifyPluginAsyncZod<{ env: Env }> = async (app, { env }) => {
  const ingest = createEventIngest(app.db, app.live, {
    onLateEvents: (days) => {
      app.jobs.enqueue('rollup', { days }).catch((err: unknown) => app.log.warn({ err }, 'could not queue a roll-up'));
    },
    retentionDays: env.PZ_RETENTION_DAYS,
    pg: app.dbHandle.pg,
  });

  app.post(
    '/v1/events',
    {
      config: {
        auth: AUTH.ingestDevice,
        rateLimit: { max: env.PZ_INGEST_RATE_PER_MINUTE, timeWindow: 60_000, keyGenerator: (req) => req.principal?.tokenId ?? req.ip },
      },
      schema: {
        tags: ['ingest'],
        summary: 'Extension decision events (idempotent by event id; acknowledged after commit)',
        body: EventBatchSchema,
        response: { 200: IngestAckSchema, ...errors(400, 401, 403, 413, 415, 429) },
      },
      // zod rebuilds all 500 events of a batch; the fast check accepts the common, certainly-valid
      // batch as it is and leaves everything else (and every error message) to zod.
      // (The body is this route's only validated part.)
      validatorCompiler: () => {
        const zod = validatorCompiler({ schema: EventBatchSchema, method: 'POST', url: '/v1/events' });
        return (data: unknown) => (isFastValidEventBatch(data) ? { value: data } : zod(data));
      },
    },
    async (req) => {
      const p = principalOf(req);
      if (p.kind !== 'device') throw new AppError('forbidden');
      return app.drain.track(ingest(p.tenantId, p.deviceId, req.body));
    },
  );

  app.get(
    '/v1/events',
    {
      config: { auth: AUTH.security },
      schema: {
        tags: ['events'],
        summary: 'Decision events, newest first (pseudonymous users; keyset pagination)',
        querystring: EventQuerySchema,
        response: { 200: EventsPageSchema, ...errors(400, 401, 403) },
      },
    },
    async (req) => {
      const { tenantId } = principalOf(req);
      const q = req.query;
      const cursor = q.cursor ? { occurredAt: q.cursor.slice(0, q.cursor.lastIndexOf('_')), id: q.cursor.slice(q.cursor.lastIndexOf('_') + 1) } : undefined;
      const rows = await listDecisionEvents(app.db, tenantId, {
        from: q.from, to: q.to, appId: q.appId, user: q.user, action: q.action, outcome: q.outcome, cursor, limit: q.limit,
        minSeverity: q.minSeverity ? SEVERITIES.slice(SEVERITIES.indexOf(q.minSeverity)) : undefined,
      });
      const events = rows.map((r) => ({
        id: r.id, occurredAt: new Date(r.occurred_at).toISOString(), receivedAt: new Date(r.received_at).toISOString(),
        deviceId: r.device_id, user: r.user_pseudonym, ...(r.department ? { department: r.department } : {}),
        appId: r.app_id, host: r.host, channel: r.channel, tier: r.tier, action: r.action, outcome: r.outcome,
        ruleId: r.rule_id, policyVersion: r.policy_version, entities: r.entities, classes: r.classes, severity: r.severity,
        sizeBytes: Number(r.size_bytes),
        ...(r.file_type ? { file: { type: r.file_type, sizeBytes: Number(r.file_size ?? 0) } } : {}),
        ...(r.justification ? { justification: r.justification } : {}),
        ...(r.handoff_id ? { handoffId: r.handoff_id } : {}),
      })) as StoredEvent[];
      const last = events.at(-1);
      return { events, nextCursor: events.length === q.limit && last ? `${last.occurredAt}_${last.id}` : null };
    },
  );

  app.post(
    '/v1/events/reveal',
    {
      config: { auth: AUTH.security },
      schema: {
        tags: ['events'],
        summary: 'Reveal the identity behind a pseudonymous user id (reason required; audited)',
        body: RevealRequestSchema,
        response: { 200: RevealResponseSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => {
      const u = userOf(req);
      const { user, reason } = req.body;
      const found = await findPseudonym(app.db, u.tenantId, user);
      // Attempts are audited too: looking is the act that needs a reason, not only finding.
      await recordAudit(app.db, { tenantId: u.tenantId, actor: actorOf(u), action: 'pseudonym.reveal', target: `user:${user}`, reason, details: { found: Boolean(found) } });
      if (!found) throw new AppError('not_found', 'no identity is known for this pseudonym');
      return { user, identity: found.identity, source: found.source };
    },
  );
};
