// Tracks in-flight ingest writes so shutdown closes the database only after every batch that
// started has committed (and been acknowledged) or failed.
export interface Drain {
  track<T>(work: Promise<T>): Promise<T>;
  idle(): Promise<void>;
  readonly pending: number;
}

export function createDrain(): Drain {
  const inflight = new Set<Promise<unknown>>();
  return {
    track(work) {
      const settled = work.then(() => {}, () => {});
      inflight.add(settled);
      void settled.then(() => inflight.delete(settled));
      return work;
    },
    async idle() {
      while (inflight.size > 0) await Promise.all([...inflight]);
    },
    get pending() {
      return inflight.size;
    },
  };
}
