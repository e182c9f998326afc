import type { DecisionEvent } from '@protocol-zero/policies';
import type { KeyValue } from './outbox';

interface HeldEntry {
  event: DecisionEvent;
  tabId: number | null;
  heldAt: number;
}

export interface HeldState {
  v: 1;
  entries: Record<string, HeldEntry>;
}

/** How long an unanswered overlay may stay open before its provisional outcome is reported anyway. */
export const HOLD_MAX_MS = 10 * 60_000;

/**
 * Decisions whose overlay is still open. The content script reports the provisional outcome
 * (a block is a block the moment the overlay appears) before it waits for the user; the final
 * outcome replaces it under the same id. If the tab closes, the page navigates away or the
 * browser dies first, the provisional event is released to the outbox instead of vanishing.
 */
export class HeldDecisions {
  private chain: Promise<unknown> = Promise.resolve();
  /** Only the background worker owns this key, so after the first read memory is the truth and a settle of an unknown id costs no I/O. */
  private cached: HeldState | null = null;

  constructor(
    private readonly kv: KeyValue,
    private readonly key = 'pz:held',
    private readonly now: () => number = Date.now,
  ) {}

  private locked<T>(fn: (s: HeldState) => Promise<T> | T): Promise<T> {
    const run = this.chain.then(async () => {
      if (!this.cached) {
        const stored = await this.kv.get<HeldState>(this.key);
        this.cached = stored?.v === 1 ? stored : { v: 1, entries: {} };
      }
      return fn(this.cached);
    });
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** Resolves once the provisional event is persisted. */
  hold(event: DecisionEvent, tabId: number | null): Promise<void> {
    return this.locked(async (s) => {
      s.entries[event.id] = { event, tabId, heldAt: this.now() };
      await this.kv.set(this.key, s);
    });
  }

  /** The final outcome arrived: forget the provisional one. True if it was held. */
  settle(id: string): Promise<boolean> {
    return this.locked(async (s) => {
      if (!(id in s.entries)) return false;
      delete s.entries[id];
      await this.kv.set(this.key, s);
      return true;
    });
  }

  /** Removes and returns what a closed tab, or time, left unanswered. */
  release(which: { tabId: number } | { olderThanMs: number }): Promise<DecisionEvent[]> {
    return this.locked(async (s) => {
      const cutoff = 'olderThanMs' in which ? this.now() - which.olderThanMs : Infinity;
      const out: DecisionEvent[] = [];
      for (const [id, e] of Object.entries(s.entries)) {
        const due = 'tabId' in which ? e.tabId === which.tabId : e.heldAt <= cutoff;
        if (!due) continue;
        out.push(e.event);
        delete s.entries[id];
      }
      if (out.length > 0) await this.kv.set(this.key, s);
      return out;
    });
  }

  count(): Promise<number> {
    return this.locked((s) => Object.keys(s.entries).length);
  }
}
