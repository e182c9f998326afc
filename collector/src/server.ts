// Listen and shut down gracefully. Everything else is in app.ts.
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { loadEnv, type Env } from './plugins/env';

/** Stops accepting, lets in-flight batches commit and answer, then closes jobs, feed and database. */
export function installShutdown(app: FastifyInstance, onDone: (code: number) => void = (c) => process.exit(c)): void {
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => onDone(1), 15_000);
    force.unref();
    app.close().then(() => onDone(0), () => onDone(1));
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

export async function startServer(env: Env): Promise<FastifyInstance> {
  const app = await buildApp(env);
  await app.listen({ host: env.HOST, port: env.PORT });
  installShutdown(app);
  return app;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/.*\//, '/'))) {
  startServer(loadEnv()).catch((err: Error) => {
    process.stderr.write(`collector failed to start: ${err.message}\n`);
    process.exit(1);
  });
}
