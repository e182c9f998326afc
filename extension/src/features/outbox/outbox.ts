import { MAX_EVENTS_PER_BATCH, WIRE_VERSION, type DecisionEvent, type EventBatch } from '@protocol-zero/policies';

/** The slice of storage the outbox needs (storage.local in the extension, a Map in tests). */
export interface KeyValue {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
}

/** ok: stored (2xx). retry: network/5xx/401 — keep and back off. reject: 4xx — the batch can never succeed. */
export type SendResult = 'ok' | 'retry' | 'reject';

export interface OutboxState {
  v: 1;
  events: DecisionEvent[];
  /** Oldest events dropped because the queue was full, or rejected by the collector: counted, never silent. */
  dropped: number;
  rejected: number;
  /** Events the device itself could not make valid (a bug, not a user action): counted so the popup shows it. */
  invalid?: number;
  failures: number;
  nextAttemptAt: number;
  sentTotal: number;
  lastError: string | null;
}

export interface OutboxOptions {
  kv: KeyValue;
  send: (batch: EventBatch) => Promise<SendResult>;
  maxEvents?: number;
  batchSize?: number;
  now?: () => number;
  key?: string;
}

const empty = (): OutboxState => ({ v: 1, events: [], dropped: 0, rejected: 0, failures: 0, nextAttemptAt: 0, sentTotal: 0, lastError: null });

/** 2 s, 4 s, 8 s … capped at 5 min: a collector outage costs a few requests, not a storm. */
export function backoffMs(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(300_000, 2000 * 2 ** Math.min(failures - 1, 10));
}

/**
 * Telemetry queue in storage: events are persisted before anything is sent and removed only after
 * the collector acknowledged them, so a service-worker or browser restart loses nothing and a
 * retried batch is deduplicated by event id at the collector. All state changes run through one
 * promise chain; enqueues that arrive while a write is in flight are coalesced into the next write.
 */
export class Outbox {
  private readonly kv: KeyValue;
  private readonly send: OutboxOptions['send'];
  private readonly maxEvents: number;
  private readonly batchSize: number;
  private readonly now: () => number;
  private readonly key: string;
  private chain: Promise<unknown> = Promise.resolve();
  private pending: DecisionEvent[] = [];
  private pendingWrite: Promise<void> | null = null;
  private flushing: Promise<FlushResult> | null = null;

  constructor(o: OutboxOptions) {
    this.kv = o.kv;
    this.send = o.send;
    this.maxEvents = o.maxEvents ?? 5000;
    this.batchSize = Math.min(o.batchSize ?? 250, MAX_EVENTS_PER_BATCH);
    this.now = o.now ?? Date.now;
    this.key = o.key ?? 'pz:outbox';
  }

  private locked<T>(fn: (s: OutboxState) => Promise<T> | T): Promise<T> {
    const run = this.chain.then(async () => fn((await this.kv.get<OutboxState>(this.key)) ?? empty()));
    this.chain = run.catch(() => undefined);
    return run;
  }

  private save(s: OutboxState): Promise<void> {
    return this.kv.set(this.key, s);
  }

  state(): Promise<OutboxState> {
    return this.locked((s) => s);
  }

  /** Resolves once the events are persisted. */
  enqueue(...events: DecisionEvent[]): Promise<void> {
    this.pending.push(...events);
    this.pendingWrite ??= this.locked(async (s) => {
      const batch = this.pending;
      this.pending = [];
      this.pendingWrite = null;
      // A final outcome may follow its provisional event (same id) while both are queued: the last one wins.
      const ids = new Set(batch.map((e) => e.id));
      if (s.events.some((e) => ids.has(e.id))) s.events = s.events.filter((e) => !ids.has(e.id));
      s.events.push(...batch);
      const over = s.events.length - this.maxEvents;
      if (over > 0) {
        s.events.splice(0, over);
        s.dropped += over;
      }
      await this.save(s);
    });
    return this.pendingWrite;
  }

  noteInvalid(): Promise<void> {
    return this.locked(async (s) => {
      s.invalid = (s.invalid ?? 0) + 1;
      await this.save(s);
    });
  }

  /** Sends everything queued, batch by batch; stops at the first failure and schedules a retry. */
  flush(opts: { force?: boolean } = {}): Promise<FlushResult> {
    this.flushing ??= this.flushLoop(opts.force ?? false).finally(() => (this.flushing = null));
    return this.flushing;
  }

  private async flushLoop(force: boolean): Promise<FlushResult> {
    let sent = 0;
    for (;;) {
      const head = await this.locked((s) => {
        if (!force && s.nextAttemptAt > this.now()) return null;
        return s.events.slice(0, this.batchSize);
      });
      if (head === null) return { sent, status: 'deferred', ...(await this.summary()) };
      if (head.length === 0) return { sent, status: 'idle', ...(await this.summary()) };
      let result: SendResult;
      let error: string | null = null;
      try {
        result = await this.send({ wireVersion: WIRE_VERSION, events: head });
      } catch (e) {
        result = 'retry';
        error = e instanceof Error ? e.message : String(e);
      }
      const ids = new Set(head.map((e) => e.id));
      await this.locked(async (s) => {
        if (result === 'retry') {
          s.failures += 1;
          s.nextAttemptAt = this.now() + backoffMs(s.failures);
          s.lastError = error ?? 'collector unavailable';
        } else {
          s.events = s.events.filter((e) => !ids.has(e.id));
          if (result === 'ok') s.sentTotal += head.length;
          else s.rejected += head.length;
          s.failures = 0;
          s.nextAttemptAt = 0;
          s.lastError = result === 'reject' ? 'collector rejected a batch' : null;
        }
        await this.save(s);
      });
      if (result === 'retry') return { sent, status: 'retrying', ...(await this.summary()) };
      if (result === 'ok') sent += head.length;
      force = true; // the collector answered: keep going without waiting
    }
  }

  private summary(): Promise<{ remaining: number; nextAttemptAt: number }> {
    return this.locked((s) => ({ remaining: s.events.length, nextAttemptAt: s.nextAttemptAt }));
  }
}

export interface FlushResult {
  sent: number;
  status: 'idle' | 'deferred' | 'retrying';
  remaining: number;
  nextAttemptAt: number;
}
