import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/database';
import type { Env } from '../plugins/env';
import type { LiveFeed } from '../live/feed';

export interface JobContext {
  db: Db;
  env: Env;
  log: FastifyBaseLogger;
  live: LiveFeed;
}

/** One background job. A processor is one file in jobs/processors/ and one line in its index. */
export interface JobProcessor<Data = Record<string, unknown>, Result = unknown> {
  name: string;
  /** Scheduled every N ms when set (one runner in the fleet runs it under BullMQ). */
  everyMs?: number;
  run(ctx: JobContext, data: Data): Promise<Result>;
}

/** The same interface over BullMQ (REDIS_URL set) and an in-process runner (unset). */
export interface JobRunner {
  readonly kind: 'bullmq' | 'inline';
  /** Queue and return at once. */
  enqueue(name: string, data?: Record<string, unknown>): Promise<void>;
  /** Queue and wait for the result (tests, admin "run now"). */
  run<R = unknown>(name: string, data?: Record<string, unknown>): Promise<R>;
  close(): Promise<void>;
}
