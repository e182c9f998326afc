// BullMQ runner: one queue for all jobs (job name selects the processor), one worker per process.
// Schedules are upserted job schedulers, so N collector processes still run each schedule once.
import { Queue, QueueEvents, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { JobContext, JobProcessor, JobRunner } from './types';

export async function createBullmqRunner(
  ctx: JobContext,
  processors: readonly JobProcessor<never>[],
  o: { redisUrl: string; prefix: string; schedule: boolean },
): Promise<JobRunner> {
  const byName = new Map(processors.map((p) => [p.name, p as JobProcessor<Record<string, unknown>>]));
  const connection = () => new Redis(o.redisUrl, { maxRetriesPerRequest: null, lazyConnect: false });
  const queueName = 'jobs';
  const queue = new Queue(queueName, { connection: connection(), prefix: o.prefix, defaultJobOptions: { removeOnComplete: 1000, removeOnFail: 1000, attempts: 3, backoff: { type: 'exponential', delay: 1000 } } });
  const events = new QueueEvents(queueName, { connection: connection(), prefix: o.prefix });
  const worker = new Worker(
    queueName,
    async (job) => {
      const p = byName.get(job.name);
      if (!p) throw new Error(`unknown job '${job.name}'`);
      return p.run(ctx, (job.data ?? {}) as Record<string, unknown>);
    },
    { connection: connection(), prefix: o.prefix, concurrency: 1 },
  );
  worker.on('failed', (job, err) => ctx.log.error({ job: job?.name, err: err.message }, 'job failed'));
  await Promise.all([queue.waitUntilReady(), events.waitUntilReady(), worker.waitUntilReady()]);

  if (o.schedule) {
    for (const p of processors) {
      if (p.everyMs) await queue.upsertJobScheduler(`every:${p.name}`, { every: p.everyMs }, { name: p.name, data: {} });
    }
  }

  return {
    kind: 'bullmq',
    async enqueue(name, data = {}) {
      if (!byName.has(name)) throw new Error(`unknown job '${name}'`);
      await queue.add(name, data);
    },
    async run<R>(name: string, data: Record<string, unknown> = {}): Promise<R> {
      if (!byName.has(name)) throw new Error(`unknown job '${name}'`);
      const job = await queue.add(name, data, { attempts: 1 });
      return (await job.waitUntilFinished(events, 60_000)) as R;
    },
    async close() {
      await worker.close();
      await Promise.all([queue.close(), events.close()]);
    },
  };
}
