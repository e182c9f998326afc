// Natural batching ("group commit"): while one statement is in flight, new callers queue; when it
// returns, everything queued goes in the next one. A lone caller waits for nothing extra, and 64
// concurrent ones share a handful of statements: fewer round trips and syscalls, same durability
// (each caller still resolves only once its own statement has returned).
export class GroupCommit<I, O> {
  private queue: { item: I; resolve: (o: O) => void; reject: (e: unknown) => void }[] = [];
  private running = false;

  /** `run` answers one output per item, in order; if it throws, every item of that batch rejects. */
  constructor(
    private readonly run: (items: I[]) => Promise<O[]>,
    private readonly maxBatch = 256,
  ) {}

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (!this.running) {
        this.running = true;
        // The next turn of the event loop, not a timer: callers of this turn (several requests'
        // callbacks, or an embedded database that answers within microtasks) share the first batch
        // for the cost of one loop turn.
        setImmediate(() => void this.drain());
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
