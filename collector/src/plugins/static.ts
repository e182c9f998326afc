// Serves the built console (console/dist) at `/` with an SPA fallback, when it has been built.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import fp from 'fastify-plugin';
import { errorBody } from '../errors';
import type { Env } from './env';

export function consoleDir(env: Env): string {
  return path.resolve(env.PZ_CONSOLE_DIR ?? fileURLToPath(new URL('../../../console/dist', import.meta.url)));
}

export const consoleStaticPlugin = fp<{ env: Env }>(
  async (app, { env }) => {
    const root = consoleDir(env);
    if (!existsSync(path.join(root, 'index.html'))) return;
    await app.register(fastifyStatic, { root, serve: false });
    app.get('/*', { config: { auth: 'public' }, schema: { hide: true } }, async (req, reply) => {
      const rel = (req.params as { '*': string })['*'];
      if (rel.startsWith('v1/')) return reply.status(404).send(errorBody('route_not_found', `no route ${req.method} /${rel}`));
      const file = path.join(root, rel);
      if (rel && file.startsWith(root + path.sep) && existsSync(file) && !rel.endsWith('/')) return reply.sendFile(rel);
      return reply.sendFile('index.html'); // SPA fallback: the console's router takes the rest
    });
  },
  { name: 'pz-console-static' },
);
