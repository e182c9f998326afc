// Natural batching ("group commit"): while one statement is in flight, new callers queue; when it
// returns, everything queued goes in the next one. A lone caller waits for nothing extra, and 64
// concurrent ones share a handful of statements: fewer round trips and syscalls, same durability
// (each caller still resolves only once its own statement has returned).
export interface GroupCommitOptions {
  maxBatch?: number;
  /**
   * When an idle batcher sends its first batch: 'now' (after the current synchronous code, so its
   * callers still join) suits a database over the network, where batches form while one statement
   * is in flight; 'next-turn' (one event-loop turn later) suits one that answers within the same
   * turn, like embedded PGlite, where nothing could queue otherwise.
   */
  flush?: 'now' | 'next-turn';
}

export class GroupCommit<I, O> {
  private queue: { item: I; resolve: (o: O) => void; reject: (e: unknown) => void }[] = [];
  private running = false;
  private readonly maxBatch: number;
  private readonly schedule: (fn: () => void) => void;

  /** `run` answers one output per item, in order; if it throws, every item of that batch rejects. */
  constructor(
    private readonly run: (items: I[]) => Promise<O[]>,
    opts: GroupCommitOptions = {},
  ) {
    this.maxBatch = opts.maxBatch ?? 256;
    this.schedule = opts.flush === 'now' ? queueMicrotask : (fn) => void setImmediate(fn);
  }

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (!this.running) {
        this.running = true;
        this.schedule(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      try {
        const out = await this.run(batch.map((b) => b.item));
        batch.forEach((b, i) => b.resolve(out[i]!));
      } catch (err) {
        for (const b of batch) b.reject(err);
      }
    }
    this.running = false;
  }
}
