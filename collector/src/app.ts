// Plugin registration order. Routes and capabilities plug in through routes/index.ts.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { Redis } from 'ioredis';
import type { DatabaseHandle } from './db/connect';
import { installErrorHandler } from './errors';
import { authPlugin } from './plugins/auth';
import { dbPlugin } from './plugins/db';
import type { Env } from './plugins/env';
import { queuePlugin } from './plugins/queue';
import { consoleStaticPlugin } from './plugins/static';
import { wsPlugin } from './plugins/ws';
import { ROUTES } from './routes/index';

export interface BuildOptions {
  /** An open database (tests); the app closes it on shutdown. Default: opened from env. */
  database?: DatabaseHandle;
  /** pino options, or false for silence (tests). */
  logger?: boolean | Record<string, unknown>;
}

/** Request headers and fields that must never reach a log line. */
export const REDACT = ['req.headers.authorization', 'req.headers.cookie', 'req.headers["sec-websocket-protocol"]'];

export async function buildApp(env: Env, opts: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? { level: env.LOG_LEVEL, redact: REDACT },
    bodyLimit: env.PZ_BODY_LIMIT_BYTES,
    trustProxy: false,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  await app.register(swagger, {
    openapi: {
      info: { title: 'Protocol Zero collector', version: '0.1.0', description: 'Ingest, inventory, policy and console API.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { config: { auth: 'public' }, schema: { hide: true } }, async () => app.swagger());

  await app.register(dbPlugin, { env, handle: opts.database });
  await app.register(authPlugin);
  const rateLimitRedis = env.REDIS_URL ? new Redis(env.REDIS_URL, { connectTimeout: 500, maxRetriesPerRequest: 1 }) : undefined;
  if (rateLimitRedis) app.addHook('onClose', async () => void rateLimitRedis.disconnect());
  await app.register(rateLimit, {
    global: false,
    nameSpace: `${env.PZ_REDIS_PREFIX}:rl:`,
    ...(rateLimitRedis ? { redis: rateLimitRedis } : {}),
    // A Redis outage must not stop ingest: count nothing rather than refuse everything.
    skipOnError: true,
    // Ingest is keyed by token (set per route); the fallback is the client address.
    errorResponseBuilder: () => new (class extends Error { statusCode = 429; code = 'rate_limited'; })('rate limited'),
  });
  await app.register(wsPlugin, { env });
  await app.register(queuePlugin, { env });

  for (const route of ROUTES) await app.register(route, { env });
  await app.register(consoleStaticPlugin, { env });
  return app;
}
