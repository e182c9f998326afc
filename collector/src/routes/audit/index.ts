import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listAudit } from '../../db/repositories/audit';
import { AUTH, principalOf } from '../../plugins/auth';
import type { Env } from '../../plugins/env';
import { errors } from '../common';

export const auditRoutes: FastifyPluginAsyncZod<{ env: Env }> = async (app) => {
  app.get(
    '/v1/audit',
    {
      config: { auth: AUTH.admin },
      schema: {
        tags: ['audit'],
        summary: 'Audit log, newest first (reveals, policy changes, sanctions, users, tokens)',
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100), before: z.string().regex(/^\d{1,19}$/).optional(), action: z.string().max(64).optional() }),
        response: {
          200: z.object({ entries: z.array(z.object({ id: z.string(), at: z.string(), actor: z.string(), action: z.string(), target: z.string(), reason: z.string().nullable(), details: z.unknown() })) }),
          ...errors(400, 401, 403),
        },
      },
    },
    async (req) => ({ entries: await listAudit(app.db, principalOf(req).tenantId, req.query) }),
  );
};
