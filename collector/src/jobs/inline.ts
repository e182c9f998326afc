// In-process runner: the same processors, one job at a time per name (like a BullMQ worker with
// concurrency 1), schedules on unref'd timers.
import type { JobContext, JobProcessor, JobRunner } from './types';

export function createInlineRunner(ctx: JobContext, processors: readonly JobProcessor<never>[], schedule: boolean): JobRunner {
  const byName = new Map(processors.map((p) => [p.name, p as JobProcessor<Record<string, unknown>>]));
  const chains = new Map<string, Promise<unknown>>();
  const timers: NodeJS.Timeout[] = [];
  let closed = false;

  function run<R>(name: string, data: Record<string, unknown> = {}): Promise<R> {
    const p = byName.get(name);
    if (!p) return Promise.reject(new Error(`unknown job '${name}'`));
    if (closed) return Promise.reject(new Error('job runner closed'));
    const prev = chains.get(name) ?? Promise.resolve();
    const next = prev.catch(() => {}).then(() => p.run(ctx, data));
    chains.set(name, next);
    return next as Promise<R>;
  }

  if (schedule) {
    for (const p of processors) {
      if (!p.everyMs) continue;
      const t = setInterval(() => {
        run(p.name).catch((err: unknown) => ctx.log.error({ err, job: p.name }, 'scheduled job failed'));
      }, p.everyMs);
      t.unref();
      timers.push(t);
    }
  }

  return {
    kind: 'inline',
    async enqueue(name, data) {
      run(name, data).catch((err: unknown) => ctx.log.error({ err, job: name }, 'job failed'));
    },
    run,
    async close() {
      closed = true;
      for (const t of timers) clearInterval(t);
      await Promise.allSettled([...chains.values()]);
    },
  };
}
