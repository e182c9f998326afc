// POST /v1/messages — Anthropic Messages-compatible: point any `@anthropic-ai/sdk` client's baseURL
// at the collector and every prompt is scrubbed, every answer restored. JSON or `stream: true` SSE.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { groupsOfUser } from '../../db/repositories/kb';
import { AppError } from '../../errors';
import { kbConfigFromEnv } from '../../kb/config';
import { citationsHeader, lastUserText, passagesReply, withGrounding } from '../../kb/grounding/messages';
import { passagesAnswer } from '../../kb/grounding/context';
import { knowledgeBaseFor } from '../../kb/service';
import type { GatewayRoutesContext } from './index';

const ANTHROPIC_EVENT_TYPES = new Set(['message_start', 'content_block_start', 'content_block_delta', 'content_block_stop', 'message_delta', 'message_stop', 'ping', 'error']);
const sse = (ev: Record<string, unknown>) => `event: ${ANTHROPIC_EVENT_TYPES.has(String(ev.type)) ? String(ev.type) : 'message'}\ndata: ${JSON.stringify(ev)}\n\n`;

/** Errors the SDK should not retry (budget, analysis, configuration): retrying cannot help. */
const NO_RETRY = new Set(['gateway_budget_exceeded', 'gateway_analysis_failed', 'gateway_no_model', 'validation_failed']);

export const ConversationIdHeader = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

export function messagesRoute(ctx: GatewayRoutesContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/v1/messages',
      {
        // Not a console route: callers present a gateway token (x-api-key) or a session, checked below.
        config: { auth: 'public' },
        schema: {
          tags: ['gateway'],
          summary: 'Anthropic Messages API through the PII-scrubbing gateway (JSON or SSE)',
          headers: z.object({ 'x-pz-conversation-id': ConversationIdHeader.optional(), 'x-pz-grounding': z.enum(['kb', 'none']).optional() }).loose(),
          body: z.object({ messages: z.array(z.unknown()).min(1), model: z.string().max(128).optional(), stream: z.boolean().optional() }).loose(),
        },
      },
      async (req, reply) => {
        try {
          const who = await ctx.callers.resolve(req);
          const conv = req.headers['x-pz-conversation-id'] as string | undefined;
          const caller = { tenantId: who.tenantId, user: who.user, department: who.department, source: who.kind === 'session' && conv ? ('handoff' as const) : ('api' as const) };
          // Grounding: company passages go into `system` before the gateway scrubs the request, so they
          // are scrubbed like user text. Sessions search with their role and KB groups; API tokens see public documents.
          let body: Record<string, unknown> = req.body;
          const extraHeaders: Record<string, string> = {};
          if (req.headers['x-pz-grounding'] === 'kb') {
            const question = lastUserText(body);
            const groups = who.kind === 'session' && who.userId ? [who.role ?? '', ...(await groupsOfUser(app.db, who.tenantId, who.userId))].filter(Boolean) : [];
            const found = question ? await knowledgeBaseFor(app.db, kbConfigFromEnv(ctx.env)).search(who.tenantId, { query: question, groups, k: 5 }) : undefined;
            if (found && found.hits.length) {
              body = withGrounding(body, found.system);
              extraHeaders['x-pz-citations'] = citationsHeader(found.hits);
            }
            if (!ctx.rt.gateway.configured && found) {
              // No model: the assistant still answers, with the best passages, cited.
              const reply0 = passagesReply(passagesAnswer(question, found.hits.map((h) => ({ ...h, id: '', tenantId: who.tenantId, acl: [] })), found.hits));
              if (body.stream !== true) {
                for (const [k, v] of Object.entries(extraHeaders)) void reply.header(k, v);
                return { ...reply0.message, pz: { conversation_id: conv ?? '', restored: 0, invented_placeholders: [], entities: {}, grounded_only: true } };
              }
              reply.hijack();
              reply.raw.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', ...extraHeaders });
              for (const ev of reply0.events) reply.raw.write(sse(ev));
              reply.raw.end();
              return reply;
            }
          }
          const result = await ctx.rt.gateway.messages(caller, body, conv);
          if (result.kind === 'json') {
            for (const [k, v] of Object.entries(extraHeaders)) void reply.header(k, v);
            void reply.header('x-pz-conversation-id', result.note.conversation_id).header('x-pz-invented-placeholders', String(result.note.invented_placeholders.length));
            return { ...result.message, pz: result.note };
          }
          // Pull the first event before committing to 200: an upstream that fails at once still gets
          // a proper error status instead of a broken stream.
          const first = await result.events.next();
          reply.hijack();
          const res = reply.raw;
          res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive', 'x-pz-conversation-id': result.conversationId, ...extraHeaders });
          let closed = false;
          res.on('close', () => {
            closed = true;
            void result.events.return(undefined); // stops the upstream call as well
          });
          try {
            if (!first.done) res.write(sse(first.value));
            for await (const ev of result.events) {
              if (closed) break;
              res.write(sse(ev));
            }
          } catch (err) {
            const code = err instanceof AppError ? err.code : 'gateway_upstream_failed';
            if (!closed) res.write(sse({ type: 'error', error: { type: 'api_error', code, message: err instanceof AppError ? err.message : 'the model provider failed' } }));
          }
          res.end();
          return reply;
        } catch (err) {
          if (err instanceof AppError && NO_RETRY.has(err.code)) void reply.header('x-should-retry', 'false');
          throw err;
        }
      },
    );
  };
}
