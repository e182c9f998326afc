// Jobs: BullMQ when REDIS_URL is set, in-process otherwise. `app.jobs.enqueue(name, data)`.
import fp from 'fastify-plugin';
import { createBullmqRunner } from '../jobs/bullmq';
import { createInlineRunner } from '../jobs/inline';
import { PROCESSORS } from '../jobs/processors/index';
import type { JobContext, JobRunner } from '../jobs/types';
import type { Env } from './env';

declare module 'fastify' {
  interface FastifyInstance {
    jobs: JobRunner;
  }
}

export const queuePlugin = fp<{ env: Env }>(
  async (app, { env }) => {
    const ctx: JobContext = { db: app.db, env, log: app.log.child({ component: 'jobs' }), live: app.live };
    const jobs = env.REDIS_URL
      ? await createBullmqRunner(ctx, PROCESSORS, { redisUrl: env.REDIS_URL, prefix: env.PZ_REDIS_PREFIX, schedule: env.PZ_SCHEDULE_JOBS })
      : createInlineRunner(ctx, PROCESSORS, env.PZ_SCHEDULE_JOBS);
    app.decorate('jobs', jobs);
    // Runs before the db closes (onClose hooks run in reverse registration order).
    app.addHook('onClose', async () => jobs.close());
  },
  { name: 'pz-queue', dependencies: ['pz-db', 'pz-ws'] },
);
