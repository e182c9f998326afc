// Extension decision batches → decision_events. The ack is built from the committed insert, so an
// acknowledged event is durable; a retry of the same ids is counted as duplicates, never stored twice.
import type { DecisionEvent, EventBatch, IngestAck } from '@protocol-zero/policies';
import type postgres from 'postgres';
import type { Db } from '../db/database';
import { insertDecisionEvents, touchDevice } from '../db/repositories/events';
import { startOfUtcDay } from '../db/repositories/rollups';
import type { LiveDecision, LiveFeed } from '../live/feed';

const TOUCH_EVERY_MS = 60_000;
/** PostgreSQL deadlock / serialization failure: safe to retry, the statement is idempotent. */
const RETRYABLE = new Set(['40P01', '40001']);

async function withRetry<T>(fn: () => Promise<T>, attempts = 3): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (err) {
      if (i >= attempts || !RETRYABLE.has((err as { code?: string }).code ?? '')) throw err;
    }
  }
}
const LIVE_SAMPLE = 50;

const DAY_MS = 86_400_000;

const LATE_DEBOUNCE_MS = 1_000;

/**
 * `onLateEvents(days)` is called when batches carry events older than yesterday — an outbox
 * flushed after days offline — so the roll-ups of those days get recomputed. Debounced: a flush of
 * many batches queues one roll-up, after the last of them committed, covering the oldest day.
 *
 * Events older than the retention window (`retentionDays`, as the retention job counts it) are not
 * stored but rejected with `event_too_old`: their day's raw events are already deleted and its
 * roll-up is final, and the next retention run would re-roll that day from the late events alone,
 * replacing the real totals.
 */
export interface EventIngestOptions {
  onLateEvents?: (days: number) => void;
  retentionDays?: number;
  /** The postgres.js client when on PostgreSQL: the batch insert then runs as a prepared statement. */
  pg?: postgres.Sql | undefined;
}

export function createEventIngest(db: Db, live: LiveFeed, { onLateEvents = () => {}, retentionDays = Infinity, pg }: EventIngestOptions = {}) {
  const lastTouch = new Map<string, number>();
  let lateDays = 0;
  let lateTimer: NodeJS.Timeout | undefined;
  const lateEvents = (days: number) => {
    lateDays = Math.max(lateDays, days);
    if (lateTimer) clearTimeout(lateTimer);
    lateTimer = setTimeout(() => {
      lateTimer = undefined;
      const d = lateDays;
      lateDays = 0;
      onLateEvents(d);
    }, LATE_DEBOUNCE_MS);
    lateTimer.unref();
  };

  return async function ingestEvents(tenantId: string, deviceId: string, batch: EventBatch): Promise<IngestAck> {
    let now = Date.now();
    const cutoff = startOfUtcDay(new Date(now)).getTime() - retentionDays * DAY_MS;
    let oldest = Infinity;
    let kept: DecisionEvent[] = batch.events;
    let rejected: IngestAck['rejected'];
    for (let i = 0; i < batch.events.length; i++) {
      const t = Date.parse(batch.events[i]!.occurredAt);
      if (t < cutoff) {
        // Rare (an outbox older than the retention window): copy the batch only then.
        if (!rejected) {
          rejected = [];
          kept = batch.events.slice(0, i);
        }
        rejected.push({ id: batch.events[i]!.id, code: 'event_too_old' });
        continue;
      }
      if (rejected) kept.push(batch.events[i]!);
      if (t < oldest) oldest = t;
    }
    // The token names the device: a device cannot file events as another one.
    const stored = kept.length > 0 ? await withRetry(() => insertDecisionEvents(db, tenantId, deviceId, kept, pg)) : [];
    const key = `${tenantId}|${deviceId}`;
    now = Date.now();
    if ((lastTouch.get(key) ?? 0) + TOUCH_EVERY_MS < now) {
      if (lastTouch.size > 100_000) lastTouch.clear();
      lastTouch.set(key, now);
      await touchDevice(db, tenantId, deviceId);
    }
    if (stored.length > 0) {
      const days = Math.ceil((now - oldest) / DAY_MS) + 1;
      if (days > 2) lateEvents(days);
    }
    if (stored.length > 0) {
      const fresh = new Set(stored);
      const events: LiveDecision[] = [];
      for (const e of kept) {
        if (events.length >= LIVE_SAMPLE) break;
        if (fresh.has(e.id)) events.push({ id: e.id, occurredAt: e.occurredAt, appId: e.appId, user: e.user, action: e.action, outcome: e.outcome, severity: e.severity });
      }
      live.publish({ type: 'decisions', tenantId, count: stored.length, events });
    }
    return { accepted: stored.length, duplicates: kept.length - stored.length, ...(rejected ? { rejected } : {}) };
  };
}
