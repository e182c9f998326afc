import { KbDocumentsSchema, KbGroup, KbIngestResultSchema, KbSearchRequestSchema, KbSearchResponseSchema, KbUploadSchema } from '@protocol-zero/policies';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../../db/repositories/audit';
import { groupsOfUser, listDocuments, setUserGroups } from '../../db/repositories/kb';
import { AppError } from '../../errors';
import { kbConfigFromEnv } from '../../kb/config';
import { knowledgeBaseFor, type IngestOutcome } from '../../kb/service';
import { actorOf, AUTH, principalOf, userOf } from '../../plugins/auth';
import type { Env } from '../../plugins/env';
import { errors } from '../common';


export const kbRoutes: FastifyPluginAsyncZod<{ env: Env }> = async (app, { env }) => {
  const kb = knowledgeBaseFor(app.db, kbConfigFromEnv(env));
  app.addHook('onClose', async () => kb.close());

  app.post(
    '/v1/kb/documents',
    {
      config: { auth: AUTH.security },
      // A PDF arrives base64-encoded: 16 MiB of JSON carries a PDF of about 11 MiB.
      bodyLimit: 16 * 1024 * 1024,
      schema: {
        tags: ['kb'],
        summary: 'Ingest a document (Markdown, HTML, text, or PDF as base64); the same source replaces, unchanged content is a no-op',
        body: KbUploadSchema,
        response: { 200: KbIngestResultSchema, ...errors(400, 401, 403, 413, 422) },
      },
    },
    async (req) => {
      const p = principalOf(req);
      if (req.body.contentType !== 'application/pdf' && req.body.content.length > 5_000_000) throw new AppError('body_too_large', 'a text document is limited to 5,000,000 characters');
      const outcome = await app.jobs.run<IngestOutcome>('kb.ingest', { ...req.body, tenantId: p.tenantId, createdBy: actorOf(p) });
      if ('rejected' in outcome) throw new AppError(outcome.rejected.code, outcome.rejected.message);
      const result = outcome;
      if (result.status !== 'unchanged' && result.chunks === 0) throw new AppError('kb_empty_document');
      if (result.status !== 'unchanged') {
        await recordAudit(app.db, { tenantId: p.tenantId, actor: actorOf(p), action: 'kb.document.ingest', target: result.documentId, details: { status: result.status, chunks: result.chunks, acl: req.body.acl } });
      }
      return result;
    },
  );

  app.get(
    '/v1/kb/documents',
    {
      config: { auth: AUTH.security },
      schema: {
        tags: ['kb'],
        summary: 'Documents in the knowledge base',
        response: { 200: KbDocumentsSchema, ...errors(401, 403) },
      },
    },
    async (req) => {
      const rows = await listDocuments(app.db, principalOf(req).tenantId);
      return { documents: rows.map((r) => ({ id: r.id, source: r.source, title: r.title, contentType: r.content_type, acl: r.acl, chunks: r.chunk_count, updatedAt: new Date(r.updated_at).toISOString() })) };
    },
  );

  app.delete(
    '/v1/kb/documents/:id',
    {
      config: { auth: AUTH.security },
      schema: { tags: ['kb'], summary: 'Remove a document and its chunks', params: z.object({ id: z.uuid() }), response: { 204: z.null(), ...errors(400, 401, 403, 404) } },
    },
    async (req, reply) => {
      const p = principalOf(req);
      if (!(await kb.remove(p.tenantId, req.params.id))) throw new AppError('not_found');
      await recordAudit(app.db, { tenantId: p.tenantId, actor: actorOf(p), action: 'kb.document.delete', target: req.params.id });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/v1/kb/search',
    {
      config: { auth: AUTH.anyUser },
      schema: {
        tags: ['kb'],
        summary: 'Hybrid retrieval with citations; ACLs are applied before ranking',
        body: KbSearchRequestSchema,
        response: { 200: KbSearchResponseSchema, ...errors(400, 401, 403) },
      },
    },
    async (req) => {
      const u = userOf(req);
      const groups = [u.role, ...(await groupsOfUser(app.db, u.tenantId, u.userId))];
      const { hits, mode } = await kb.search(u.tenantId, { query: req.body.query, groups, k: req.body.k, mode: req.body.mode });
      return { mode, hits };
    },
  );

  app.put(
    '/v1/kb/groups/:userId',
    {
      config: { auth: AUTH.admin },
      schema: { tags: ['kb'], summary: "Set a user's knowledge-base groups (document ACLs name groups)", params: z.object({ userId: z.uuid() }), body: z.object({ groups: z.array(KbGroup).max(50) }).strict(), response: { 200: z.object({ groups: z.array(z.string()) }), ...errors(400, 401, 403) } },
    },
    async (req) => {
      const u = userOf(req);
      const groups = [...new Set(req.body.groups)].sort();
      await setUserGroups(app.db, u.tenantId, req.params.userId, groups);
      await recordAudit(app.db, { tenantId: u.tenantId, actor: actorOf(u), action: 'kb.groups.set', target: req.params.userId, details: { groups } });
      return { groups };
    },
  );
};
