import { sql } from 'kysely';
import { z } from 'zod';
import { pendingMigrations } from '../../db/migrate';
import { AppError } from '../../errors';
import type { RoutePlugin } from '../index';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

const routes: FastifyPluginAsyncZod<{ env: unknown }> = async (app) => {
  app.get('/healthz', { config: { auth: 'public' }, schema: { tags: ['ops'], summary: 'Process is up', response: { 200: z.object({ ok: z.literal(true) }) } } }, async () => ({ ok: true as const }));

  app.get(
    '/readyz',
    {
      config: { auth: 'public' },
      schema: { tags: ['ops'], summary: 'Database reachable and migrations current', response: { 200: z.object({ ok: z.literal(true), database: z.string(), jobs: z.string() }) } },
    },
    async () => {
      try {
        await sql`select 1`.execute(app.db);
      } catch {
        throw new AppError('unavailable', 'database unreachable');
      }
      const pending = await pendingMigrations(app.db);
      if (pending.length > 0) throw new AppError('unavailable', `${pending.length} migration(s) pending`);
      return { ok: true as const, database: app.dbHandle.kind, jobs: app.jobs.kind };
    },
  );
};

export const healthRoutes = routes as RoutePlugin;
