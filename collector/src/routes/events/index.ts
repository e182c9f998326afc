import { DecisionEventSchema, EventBatchSchema, IngestAckSchema, PseudonymousId, SEVERITIES } from '@protocol-zero/policies';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../../db/repositories/audit';
import { listDecisionEvents } from '../../db/repositories/events';
import { findPseudonym } from '../../db/repositories/identity';
import { AppError } from '../../errors';
import { createEventIngest } from '../../ingest/events';
import { actorOf, AUTH, principalOf, userOf } from '../../plugins/auth';
import type { Env } from '../../plugins/env';
import { errors } from '../common';

const StoredEventSchema = DecisionEventSchema.omit({ deviceId: true }).extend({ deviceId: z.string(), receivedAt: z.string() });
const CursorSchema = z.string().regex(/^[0-9TZ:.+-]+_[0-9a-f-]{36}$/);

const EventQuerySchema = z.object({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  appId: z.string().max(64).optional(),
  user: PseudonymousId.optional(),
  action: z.string().max(32).optional(),
  outcome: z.string().max(32).optional(),
  minSeverity: z.enum(SEVERITIES).optional(),
  cursor: CursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const eventRoutes: FastifyPluginAsyncZod<{ env: Env }> = async (app, { env }) => {
  const ingest = createEventIngest(app.db, app.live, (days) => {
    app.jobs.enqueue('rollup', { days }).catch((err: unknown) => app.log.warn({ err }, 'could not queue a roll-up'));
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
        response: { 200: z.object({ events: z.array(StoredEventSchema), nextCursor: z.string().nullable() }), ...errors(400, 401, 403) },
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
      })) as z.infer<typeof StoredEventSchema>[];
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
        body: z.object({ user: PseudonymousId, reason: z.string().trim().min(10).max(500) }).strict(),
        response: { 200: z.object({ user: z.string(), identity: z.string(), source: z.string() }), ...errors(400, 401, 403, 404) },
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
