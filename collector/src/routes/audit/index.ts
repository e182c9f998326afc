import { AuditPageSchema, AuditQuerySchema } from '@protocol-zero/policies';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
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
        querystring: AuditQuerySchema,
        response: { 200: AuditPageSchema, ...errors(400, 401, 403) },
      },
    },
    async (req) => ({ entries: await listAudit(app.db, principalOf(req).tenantId, req.query) }),
  );
};
