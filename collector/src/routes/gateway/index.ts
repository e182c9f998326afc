// The gateway's routes: /v1/messages (Anthropic-compatible), hand-off + redeem, Presidio-compatible
// analyze/anonymize, and management (status, usage, budgets, tokens, conversations). One gateway
// runtime per app; its buffers are flushed and its purge timer stopped on close.
import fp from 'fastify-plugin';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { buildGateway, type GatewayRuntime } from '../../gateway/config';
import { CallerResolver } from '../../gateway/caller';
import type { Env } from '../../plugins/env';
import type { RoutePlugin } from '../index';
import { adminRoutes } from './admin';
import { handoffRoutes } from './handoff';
import { messagesRoute } from './messages';
import { presidioRoutes } from './presidio';

export interface GatewayRoutesContext {
  env: Env;
  rt: GatewayRuntime;
  callers: CallerResolver;
}

const PURGE_MS = 10 * 60_000;

const plugin: FastifyPluginAsyncZod<{ env: Env }> = async (app, { env }) => {
  const rt = buildGateway(env, app.db, (err) => app.log.error({ err }, 'gateway audit write failed'), app.dbHandle.pg);
  const ctx: GatewayRoutesContext = { env, rt, callers: new CallerResolver(app.db) };
  if (!rt.gateway.configured) app.log.warn('gateway: no model configured (set ANTHROPIC_API_KEY or OPENAI_COMPAT_BASE_URL); /v1/messages answers 503 gateway_no_model');
  const purge = setInterval(() => void rt.vault.purge().catch((err: unknown) => app.log.error({ err }, 'gateway purge failed')), PURGE_MS);
  purge.unref();
  app.addHook('onClose', async () => {
    clearInterval(purge);
    // Nothing accepted is lost on a graceful shutdown: both buffers are written before the database closes.
    await rt.audit.close();
    await rt.budgets.close().catch((err: unknown) => app.log.error({ err }, 'gateway budget flush failed at shutdown'));
    await rt.pool?.close();
  });
  app.decorate('gateway', rt);
  await app.register(messagesRoute(ctx));
  await app.register(handoffRoutes(ctx));
  await app.register(presidioRoutes(ctx));
  await app.register(adminRoutes(ctx));
};

declare module 'fastify' {
  interface FastifyInstance {
    /** The gateway runtime (tests flush its audit buffer; benches read it). */
    gateway: GatewayRuntime;
  }
}

// fastify-plugin: `app.gateway` is visible at the root (tests and benches read it).
export const gatewayRoutes = fp(plugin, { name: 'pz-gateway', dependencies: ['pz-db', 'pz-auth'] }) as unknown as RoutePlugin;
